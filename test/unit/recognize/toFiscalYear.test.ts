import { describe, expect, it } from 'vitest';
import { RecognizeError } from '../../../scripts/ingest/recognize/RecognizeError';
import { toFiscalYear } from '../../../scripts/ingest/recognize/toFiscalYear';

describe('toFiscalYear', () => {
  describe('with an era letter', () => {
    it('counts from the first year of the era', () => {
      expect(toFiscalYear('H', 30)).toBe(2018);
      expect(toFiscalYear('R', 1)).toBe(2019);
      expect(toFiscalYear('R', 11)).toBe(2029);
      expect(toFiscalYear('S', 64)).toBe(1989);
      expect(toFiscalYear('T', 15)).toBe(1926);
      expect(toFiscalYear('M', 45)).toBe(1912);
    });
  });

  describe('with an era name', () => {
    it('gives the same year as the letter', () => {
      expect(toFiscalYear('平成', 27)).toBe(2015);
      expect(toFiscalYear('令和', 6)).toBe(2024);
    });
  });

  describe('with the last year of Heisei and the first of Reiwa', () => {
    it('gives 2019 for both', () => {
      expect(toFiscalYear('H', 31)).toBe(2019);
      expect(toFiscalYear('令和', 1)).toBe(2019);
    });
  });

  describe('with a year past the end of its era (H32 in plans written before 2019)', () => {
    it('keeps counting', () => {
      expect(toFiscalYear('H', 32)).toBe(2020);
    });
  });

  describe('with an unknown era or year 0', () => {
    it('throws RecognizeError', () => {
      expect(() => toFiscalYear('X', 3)).toThrow(RecognizeError);
      expect(() => toFiscalYear('R', 0)).toThrow(RecognizeError);
    });
  });
});
