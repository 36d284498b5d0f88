import { describe, expect, it } from 'vitest';
import { compactCell } from '../../../scripts/ingest/recognize/compactCell';

describe('compactCell', () => {
  describe('with a labelled value cell (004:443, 004:168)', () => {
    it('drops the spaces', () => {
      expect(compactCell('石鳥谷線 124,098人')).toBe('石鳥谷線124,098人');
      expect(compactCell('図書館（貸出者数 7-15 才） 17,134 人')).toBe('図書館(貸出者数7-15才)17,134人');
    });
  });

  describe('with full-width text and parentheses (004:387)', () => {
    it('normalizes it', () => {
      expect(compactCell('（参考※令和4年度 35.5％）')).toBe('(参考※令和4年度35.5%)');
    });
  });

  describe('with two numbers side by side (the two values of 001:420 without their labels)', () => {
    it('keeps the space between them', () => {
      expect(compactCell('1.33 1.54')).toBe('1.33 1.54');
    });
  });
});
