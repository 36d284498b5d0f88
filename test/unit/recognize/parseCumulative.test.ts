import { describe, expect, it } from 'vitest';
import { parseCumulative } from '../../../scripts/ingest/recognize/parseCumulative';

describe('parseCumulative', () => {
  describe('with an amount per year times years (001:379, 001:291)', () => {
    it('reads perYear and years', () => {
      expect(parseCumulative('100人/年×5年')).toStrictEqual({ perYear: 100, years: 5 });
      expect(parseCumulative('10品×5年')).toStrictEqual({ perYear: 10, years: 5 });
    });
  });

  describe('with 年n回 (001:347)', () => {
    it('reads the yearly count', () => {
      expect(parseCumulative('年3回×5年')).toStrictEqual({ perYear: 3, years: 5 });
    });
  });

  describe('with a chain of factors (001:583)', () => {
    it('multiplies them and cancels the per-session unit', () => {
      expect(parseCumulative('20人/回×年3回×5年')).toStrictEqual({ perYear: 60, years: 5 });
    });
  });

  describe('with a range of fiscal years (004:444)', () => {
    it('counts the years of the range', () => {
      expect(parseCumulative('R3～7年度×12戸')).toStrictEqual({ perYear: 12, years: 5 });
    });
  });

  describe('with an amount per something that no factor resolves (001:583 without 年3回)', () => {
    it('gives perUnit instead of perYear', () => {
      expect(parseCumulative('20人/回×5年')).toStrictEqual({ years: 5, perUnit: '回' });
    });
  });

  describe('with an unreadable factor (made up)', () => {
    it('returns null', () => {
      expect(parseCumulative('現状値×2')).toBeNull();
    });
  });
});
