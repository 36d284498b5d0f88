import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../scripts/ingest/recognize/parseDecimal';
import { RecognizeError } from '../../../scripts/ingest/recognize/RecognizeError';

describe('parseDecimal', () => {
  describe('with thousands separators (002:451, 001:349)', () => {
    it('drops the commas', () => {
      expect(parseDecimal('2,920,245')).toBe(2920245);
      expect(parseDecimal('53,983')).toBe(53983);
    });
  });

  describe('with a decimal part (004:97)', () => {
    it('keeps it', () => {
      expect(parseDecimal('0.54')).toBe(0.54);
      expect(parseDecimal('103.9')).toBe(103.9);
    });
  });

  describe('with plain digits', () => {
    it('reads them', () => {
      expect(parseDecimal('0')).toBe(0);
      expect(parseDecimal('110')).toBe(110);
    });
  });

  describe('with misplaced separators', () => {
    it('throws RecognizeError with the text to show', () => {
      for (const token of ['1,2,3', '3..5', '12,3456', '1,,000', '1.2.3']) {
        expect(() => parseDecimal(token)).toThrow(RecognizeError);
      }
      expect(() => parseDecimal('12,3456', '12,3456件')).toThrow('found "12,3456件"');
    });
  });
});
