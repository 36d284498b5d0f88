import { describe, expect, it } from 'vitest';
import { fiscalYearOf, planEnded } from '../../../src/lib/planAge';
import { byId, plans } from '../charts/records';

describe('fiscalYearOf', () => {
  it('starts the fiscal year on 1 April', () => {
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    expect(fiscalYearOf('2026-12-02')).toBe(2026);
  });
  it('refuses anything but YYYY-MM-DD', () => {
    expect(() => fiscalYearOf('2026/04/01')).toThrow(RangeError);
  });
});

describe('planEnded', () => {
  // 第2期北斗市まち・ひと・しごと創生総合戦略: 令和2年度～令和6年度 (FY2020–2024).
  const hokutoG2 = byId(plans, '012360-g2-strategy');
  it('is true once the fiscal year after the last year of the period has begun', () => {
    expect(hokutoG2.periodEnd).toBe(2024);
    expect(planEnded(hokutoG2, 2025)).toBe(true);
  });
  it('is false during the last year of the period', () => {
    expect(planEnded(hokutoG2, 2024)).toBe(false);
  });
});
