import { describe, expect, it } from 'vitest';
import { collapseSpaces } from '../../../scripts/ingest/clean/collapseSpaces';

describe('collapseSpaces', () => {
  describe('with indentation and a trailing space (003:450 after NFKC)', () => {
    it('trims and collapses', () => {
      expect(collapseSpaces('  令和5年 7月 4日  第1回総合戦略庁内検討委員会 ')).toBe('令和5年 7月 4日 第1回総合戦略庁内検討委員会');
    });
  });

  describe('with spaces padding TAB-separated cells (001:678 after tag removal)', () => {
    it('drops the padding and keeps the leading TAB of an empty first cell', () => {
      expect(collapseSpaces('\t  10 人や国の不平等をなくそう \t全市民の活躍機会の創出')).toBe('\t10 人や国の不平等をなくそう\t全市民の活躍機会の創出');
    });
  });

  describe('with consecutive TABs of empty cells (004:446)', () => {
    it('keeps every TAB', () => {
      expect(collapseSpaces('6\tモバイルクリニック事業の利用件数\t\t110')).toBe('6\tモバイルクリニック事業の利用件数\t\t110');
    });
  });

  describe('with a line of spaces only (001:613)', () => {
    it('returns the empty string', () => {
      expect(collapseSpaces(' ')).toBe('');
    });
  });
});
