import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeLine } from '../../../scripts/ingest/clean/normalizeLine';

const SEEDS = join(import.meta.dirname, '../../../seeds');

describe('normalizeLine', () => {
  describe('with letter-spaced titles (001:2, 001:221)', () => {
    it('joins the characters', () => {
      expect(normalizeLine('第 2 期 北 斗 市')).toBe('第2期北斗市');
      expect(normalizeLine('施 策 の 展 開')).toBe('施策の展開');
    });
  });

  describe('with cells separated by full-width spaces or runs of spaces', () => {
    it('keeps a one-character unit cell apart from its neighbours, and keeps TABs at the ends', () => {
      expect(normalizeLine('求人数　人　12　15')).toBe('求人数 人 12 15');
      expect(normalizeLine('有効求人倍率  倍  1.2  1.5')).toBe('有効求人倍率 倍 1.2 1.5');
      expect(normalizeLine('　市 民 満 足 度　76 %\t')).toBe('市民満足度 76%\t');
    });
  });

  describe('with a KPI row of tab-separated cells (001:214)', () => {
    it('removes spurious spaces and keeps the TABs', () => {
      expect(normalizeLine('・企業立地数 (新函館北斗駅周辺)\t⇒\t現状値 (第 1 期実績)\t31社\t目標数値\t50社')).toBe(
        '・企業立地数(新函館北斗駅周辺)\t⇒\t現状値(第1期実績)\t31社\t目標数値\t50社',
      );
    });
  });

  describe('with full-width digits, Kangxi radicals and minus signs in a slide row (002:331)', () => {
    it('gives ASCII digits, unified ideographs and hyphens, keeping the cell spaces', () => {
      expect(normalizeLine('観光入込客数 ５４４千人 ８２０千人 ５\u2212１\u2212４ 農業・商業・\u2F2F業の')).toBe(
        '観光入込客数 544千人 820千人 5-1-4 農業・商業・工業の',
      );
    });
  });

  describe('with the radical ⺠ U+2EA0 (002:46)', () => {
    it('writes 民', () => {
      expect(normalizeLine('・地\u2F45公共団体・\u2EA0間事業者・')).toBe('・地方公共団体・民間事業者・');
    });
  });

  describe('with mixed 億 and 万 spaced out (004:241)', () => {
    it('joins numbers and units in every cell', () => {
      expect(normalizeLine('6\t野菜（いも類、果樹等含む）の販売額\t25 億 4,000 万円（R1）\t26 億 4,300 万円（R5）')).toBe(
        '6\t野菜(いも類、果樹等含む)の販売額\t25億4,000万円(R1)\t26億4,300万円(R5)',
      );
    });
  });

  describe('with cubic metres and a range of years (004:243)', () => {
    it('writes m³ and the canonical ～', () => {
      expect(normalizeLine('8\t私有林からの素材生産量\t5,533 m ³ （H26～H30 平均）\t6,640 m ³')).toBe(
        '8\t私有林からの素材生産量\t5,533m³(H26～H30平均)\t6,640m³',
      );
    });
  });

  describe('with a full-width hyphen meaning "no value" (004:239)', () => {
    it('writes it as ASCII - (NFKC)', () => {
      expect(normalizeLine('4\t生産性向上サポート事業補助金を活用した新技術・新製品開発件数\t－\t年 2 件')).toBe(
        '4\t生産性向上サポート事業補助金を活用した新技術・新製品開発件数\t-\t年2件',
      );
    });
  });

  describe('with HTML list markup (001:530)', () => {
    it('removes the tags and keeps the text', () => {
      expect(
        normalizeLine('<ul style="list-style-type: none">・ 出会いの場創出イベント参加者数 ⇒ 目標数値 100人・ 結婚率 ⇒ 現状値(H30) 3.6‰ 目標数値 北海道水準(H29) 4.5‰'),
      ).toBe('・出会いの場創出イベント参加者数 ⇒ 目標数値 100人・ 結婚率 ⇒ 現状値(H30) 3.6‰ 目標数値 北海道水準(H29) 4.5‰');
    });
  });

  describe('with HTML cells that begin with an empty cell (001:678)', () => {
    it('keeps the leading TAB', () => {
      expect(normalizeLine('\t <p>16 平和と公正をすべての人に</p>\t全市民の活躍機会の創出')).toBe('\t16 平和と公正をすべての人に\t全市民の活躍機会の創出');
    });
  });

  describe('with a replacement character (000:376)', () => {
    it('removes it', () => {
      expect(normalizeLine('\uFFFD 業務マネジメント』')).toBe('業務マネジメント』');
    });
  });

  describe('with circled item numbers (003:136)', () => {
    it('keeps them', () => {
      expect(normalizeLine('③妊産婦安心出産支援の推進 ')).toBe('③妊産婦安心出産支援の推進');
    });
  });

  describe('with a schedule line (003:450, 003:468)', () => {
    it('joins the date and keeps the space before the event', () => {
      expect(normalizeLine('  令和５年 ７月 ４日 第１回総合戦略庁内検討委員会 ')).toBe('令和5年7月4日 第1回総合戦略庁内検討委員会');
      expect(normalizeLine('       ２月１４日 第４回総合戦略庁内検討委員会（書面会議）（～１６日） ')).toBe(
        '2月14日 第4回総合戦略庁内検討委員会(書面会議)(～16日)',
      );
    });
  });

  describe('with HTML entities', () => {
    it('decodes them, &nbsp; as a plain space', () => {
      expect(normalizeLine('産官学&amp;金融&nbsp;&nbsp;連携')).toBe('産官学&金融 連携');
    });
  });

  describe('over every line of every seed', () => {
    it('maps one line to one line', () => {
      for (const file of readdirSync(SEEDS).filter((name) => name.endsWith('.txt'))) {
        const lines = readFileSync(join(SEEDS, file), 'utf8').split('\n');
        const normalized = lines.map(normalizeLine);
        expect(normalized).toHaveLength(lines.length);
        for (const line of normalized) expect(line).not.toMatch(/[\n\r\uFFFD\u2E80-\u2EFF]/);
      }
    });
  });
});
