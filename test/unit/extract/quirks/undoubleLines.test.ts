import { describe, expect, it } from 'vitest';
import { undoubleLines } from '../../../../scripts/ingest/extract/quirks/undoubleLines';
import { toSourceDoc } from '../../../../scripts/ingest/read/readSource';
import { seedSlice } from '../seedSlice';

describe('undoubleLines (quirk doubled-text)', () => {
  describe('the 事業例 bullets of 000 (lines 732–737), set in bold', () => {
    const { doc, line } = seedSlice('000_df427b3fa16fc0bd', [731, 738]);
    const read = undoubleLines(doc);
    const text = (seedLine: number) => read.lines[line(seedLine) - 1]!.text;

    it('undoubles a whole doubled line, its bullet included', () => {
      expect(text(732)).toBe('◦出会いを創出するイベントを開催');
      expect(text(733)).toBe('◦不妊治療への助成');
      expect(text(736)).toBe('◦産前産後の方へのヘルパー派遣事業');
    });
    it('undoubles a line after NFKC (`第２子` → `第2子`)', () => {
      expect(text(734)).toBe('◦保育園等の「第2子以降の保育料および');
    });
    it('undoubles a wrapped line whose copies each began with a full-width space', () => {
      expect(text(735)).toBe('給食費」を無償化');
    });
    it('keeps blank lines blank', () => {
      expect(text(731)).toBe('');
      expect(text(738)).toBe('');
    });
    it('keeps every line number and raw text, and leaves the input doc as it was', () => {
      expect(read.lines.map((l) => l.n)).toEqual(doc.lines.map((l) => l.n));
      expect(read.lines.map((l) => l.raw)).toEqual(doc.lines.map((l) => l.raw));
      expect(doc.lines[line(733) - 1]!.text).toBe('◦◦不妊治療への助成不妊治療への助成');
      expect(read.file).toBe(doc.file);
    });
  });

  describe('doubled lines with replacement characters (000 lines 750–751)', () => {
    const { doc, line } = seedSlice('000_df427b3fa16fc0bd', [750, 751]);
    const read = undoubleLines(doc);
    it('undoubles the line once the U+FFFD marks are gone', () => {
      expect(read.lines[line(750) - 1]!.text).toBe('◦市内事業者の求人活動や事業承継の準備');
    });
    it('undoubles the wrapped tail line', () => {
      expect(read.lines[line(751) - 1]!.text).toBe('に要する費用の支援');
    });
  });

  describe('lines that are not doubled type', () => {
    const doc = toSourceDoc('plain.txt', ['1出会いや結婚を望む方の後押し', 'いろいろ', '出生数\t出生数', '具体的な施策'].join('\n'), 'UTF8');
    const read = undoubleLines(doc);
    it('leaves a numbered list line as it is', () => {
      expect(read.lines[0]!.text).toBe('1出会いや結婚を望む方の後押し');
    });
    it('leaves a word that repeats a short segment (`いろいろ`)', () => {
      expect(read.lines[1]!.text).toBe('いろいろ');
    });
    it('leaves equal TAB cells, which are data', () => {
      expect(read.lines[2]!.text).toBe('出生数\t出生数');
    });
    it('leaves a heading that is not doubled', () => {
      expect(read.lines[3]!.text).toBe('具体的な施策');
    });
  });
});
