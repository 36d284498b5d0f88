import { describe, expect, it } from 'vitest';
import { looksLikeTarget } from '../../../scripts/ingest/coverage/looksLikeTarget';

describe('looksLikeTarget', () => {
  describe('lines that state a target', () => {
    it('accepts a KPI line with an arrow and a quantity (001:241)', () => {
      expect(looksLikeTarget('・観光入込客数\t⇒\t現状値(H30)\t76万人\t目標数値\t90万人')).toBe(true);
    });
    it('accepts a share reduction without a keyword (003:366)', () => {
      expect(looksLikeTarget('2030年(令和12年)までに 48%削減、2050年(令和32年)までに実質ゼロに')).toBe(true);
    });
    it('accepts a tab-separated row with two quantities (004:327)', () => {
      expect(looksLikeTarget('1\t福祉施設から一般就労への移行者数\t9人\t14人')).toBe(true);
    });
  });
  describe('lines with units outside any fixed list (the extractor\'s own quantity recognizer)', () => {
    it('accepts 組, 泊 and 軒 after an arrow', () => {
      expect(looksLikeTarget('婚姻数：90組→100組')).toBe(true);
      expect(looksLikeTarget('平均宿泊数 12泊→20泊')).toBe(true);
      expect(looksLikeTarget('空き家バンク登録件数 20軒→40軒')).toBe(true);
    });
  });
  describe('lines that do not', () => {
    it('rejects an arrow between years only (H26→H30)', () => {
      expect(looksLikeTarget('計画期間は平成27年度→令和元年度')).toBe(false);
    });
    it('rejects a keyword with only dates (003:100)', () => {
      expect(looksLikeTarget('４年度の登録者数とする。なお、ＫＰＩの基準値については、令和4年度')).toBe(false);
    });
    it('rejects prose without target words (001:121)', () => {
      expect(looksLikeTarget('○施策や事業の成果を示すアウトカム指標によるKPI(重要業績評価指標)の設定')).toBe(false);
    });
  });
});
