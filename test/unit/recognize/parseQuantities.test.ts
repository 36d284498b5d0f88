import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../../scripts/ingest/recognize/parseQuantity';
import { RecognizeError } from '../../../scripts/ingest/recognize/RecognizeError';

describe('parseQuantities', () => {
  describe('with two quantities glued together (001:289)', () => {
    it('reads both', () => {
      expect(parseQuantities('2戸10.6ha')).toStrictEqual([
        { value: 2, unit: '戸' },
        { value: 10.6, unit: 'ha' },
      ]);
      expect(parseQuantities('4戸32.3ha')).toStrictEqual([
        { value: 4, unit: '戸' },
        { value: 32.3, unit: 'ha' },
      ]);
    });
  });

  describe('with quantities after a period (001:695)', () => {
    it('reads the quantities and skips the period', () => {
      expect(parseQuantities('令和元年度末 15団体 324人')).toStrictEqual([
        { value: 15, unit: '団体' },
        { value: 324, unit: '人' },
      ]);
    });
  });

  describe('with labelled quantities (001:493)', () => {
    it('ignores the labels and the parenthesized era year', () => {
      expect(parseQuantities('⇒ 現状値(R1) 小学校 39.7% 中学校 31.3%')).toStrictEqual([
        { value: 39.7, unit: '%' },
        { value: 31.3, unit: '%' },
      ]);
    });
  });

  describe('with one quantity (001:241)', () => {
    it('returns it alone', () => {
      expect(parseQuantities('76 万人')).toStrictEqual([{ value: 76, unit: '万人' }]);
    });
  });

  describe('with no quantity', () => {
    it('returns an empty list', () => {
      expect(parseQuantities('具体的数値項目を定義し、増加を図る')).toStrictEqual([]);
    });
  });

  describe('with a malformed number (001:289 with a stray comma)', () => {
    it('throws RecognizeError', () => {
      expect(() => parseQuantities('2戸1,0.6ha')).toThrow(RecognizeError);
    });
  });
});
