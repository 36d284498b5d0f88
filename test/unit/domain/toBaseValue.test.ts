import { describe, expect, it } from 'vitest';
import { toBaseValue } from '../../../src/domain/toBaseValue';

describe('toBaseValue', () => {
  describe('whole numbers', () => {
    it('76 万人 is 760,000 人 (001 line 241)', () => {
      expect(toBaseValue(76, 4)).toBe(760_000);
    });
    it('1,044 千人 is 1,044,000 人 (004 line 248)', () => {
      expect(toBaseValue(1044, 3)).toBe(1_044_000);
    });
    it('2,920,245 万円 is 29,202,450,000 円 (002 line 456)', () => {
      expect(toBaseValue(2_920_245, 4)).toBe(29_202_450_000);
    });
  });

  describe('decimals, with no binary rounding left over', () => {
    it('1.5 万 is exactly 15,000', () => {
      expect(toBaseValue(1.5, 4)).toBe(15_000);
    });
    it('3.4 千人 is 3,400 人 (004 line 249) and 26.43 億円 is 2,643,000,000 円 (004 line 241: 26 億 4,300 万円)', () => {
      expect(toBaseValue(3.4, 3)).toBe(3_400);
      expect(toBaseValue(26.43, 8)).toBe(2_643_000_000);
      expect(toBaseValue(431.5, 4)).toBe(4_315_000);
    });
    it('0.57 万 is exactly 5,700 and 0.07 万 exactly 700, where multiplying gives 5699.999999999999 and 700.0000000000001', () => {
      expect(0.57 * 1e4).not.toBe(5_700);
      expect(0.07 * 1e4).not.toBe(700);
      expect(toBaseValue(0.57, 4)).toBe(5_700);
      expect(toBaseValue(0.07, 4)).toBe(700);
    });
    it('1.005 千 is exactly 1,005, not 1004.9999999999999', () => {
      expect(toBaseValue(1.005, 3)).toBe(1_005);
    });
  });

  describe('values that need no scaling', () => {
    it('keeps a value in a unit without scale word and negative values signed (001 line 302: △55人)', () => {
      expect(toBaseValue(-55, 0)).toBe(-55);
      expect(toBaseValue(-1.5, 4)).toBe(-15_000);
    });
    it('keeps null (no value stated)', () => {
      expect(toBaseValue(null, 4)).toBeNull();
    });
    it('reads a value JavaScript writes with an exponent', () => {
      expect(toBaseValue(1e-7, 8)).toBe(10);
    });
  });
});
