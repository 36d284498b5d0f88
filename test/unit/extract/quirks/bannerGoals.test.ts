import { describe, expect, it } from 'vitest';
import { bannerGoals } from '../../../../scripts/ingest/extract/quirks/bannerGoals';
import { toSourceDoc } from '../../../../scripts/ingest/read/readSource';
import { seedSlice } from '../seedSlice';

describe('bannerGoals (quirk banner-goals)', () => {
  describe('the goal banners of 000 (lines 410–414)', () => {
    const { doc, line } = seedSlice('000_df427b3fa16fc0bd', [409, 415]);
    const read = bannerGoals(doc);
    const text = (seedLine: number) => read.lines[line(seedLine) - 1]!.text;

    describe('a doubled number after the title (`…をつくる１１`, line 411)', () => {
      it("puts 基本目標1 on the banner's first line (410), before its text", () => {
        expect(text(410)).toBe('基本目標1 充実する子育て支援により出会い・結婚・妊娠・出産・育児のイメージを');
      });
      it('drops the doubled digits from the line that held them', () => {
        expect(text(411)).toBe('描ける「まち」をつくる');
      });
    });

    describe('a doubled number before the title (`22 北斗で働く…`, line 413)', () => {
      it('replaces the doubled digits by 基本目標2 on that line', () => {
        expect(text(413)).toBe('基本目標2 北斗で働く人・働きたい人を応援するとともに北斗の特徴を活かし');
      });
      it("leaves the banner's wrapped line as it is", () => {
        expect(text(414)).toBe('「しごと」をつくる');
      });
    });

    it('keeps blank lines, numbers and raw text, and leaves the input doc unchanged', () => {
      expect(text(409)).toBe('');
      expect(text(412)).toBe('');
      expect(read.lines.map((l) => [l.n, l.raw])).toEqual(doc.lines.map((l) => [l.n, l.raw]));
      expect(doc.lines[line(411) - 1]!.text).toBe('描ける「まち」をつくる11');
    });
  });

  describe('a banner of three lines with the number on its last', () => {
    const read = bannerGoals(toSourceDoc('banner.txt', ['前文。', '', '一行目の', '二行目の', '三行目をつくる33'].join('\n'), 'UTF8'));
    it('puts the goal word on the first line after the blank line, not on the line above', () => {
      expect(read.lines.map((l) => l.text)).toEqual(['前文。', '', '基本目標3 一行目の', '二行目の', '三行目をつくる']);
    });
  });

  describe('lines that are no banner', () => {
    const lines = ['人口 100', '12 北斗の未来', '目標値 R11', '基本目標1 しごとをつくる'];
    const read = bannerGoals(toSourceDoc('plain.txt', lines.join('\n'), 'UTF8'));
    it('leaves doubled digits that follow a digit or a Latin letter (`人口 100`, `R11`)', () => {
      expect(read.lines[0]!.text).toBe('人口 100');
      expect(read.lines[2]!.text).toBe('目標値 R11');
    });
    it('leaves a number before a title that is not doubled (`12 北斗の未来`)', () => {
      expect(read.lines[1]!.text).toBe('12 北斗の未来');
    });
    it('leaves a heading that has its goal word', () => {
      expect(read.lines[3]!.text).toBe('基本目標1 しごとをつくる');
    });
  });
});
