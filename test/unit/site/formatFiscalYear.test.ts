import { describe, expect, it } from 'vitest';
import { eraYear, periodJa } from '../../../src/core/eraYear';
import { formatFiscalYear, formatPeriod } from '../../../src/lib/formatFiscalYear';

describe('eraYear', () => {
  it('converts Heisei and Reiwa years (H30 = 2018, R1 = 2019 written 元)', () => {
    expect(eraYear(2018)).toBe('平成30');
    expect(eraYear(2019)).toBe('令和元');
    expect(eraYear(2029)).toBe('令和11');
  });
});

describe('periodJa', () => {
  it('writes a period as the site and the review page do, era years in brackets', () => {
    expect(periodJa(2020, 2024)).toBe('2020〜2024年度（令和2〜令和6年度）');
    expect(periodJa(2019, 2019)).toBe('2019年度（令和元年度）');
  });
});

describe('formatFiscalYear', () => {
  it('writes 年度 in Japanese and FY in English', () => {
    expect(formatFiscalYear(2024, 'ja')).toBe('2024年度');
    expect(formatFiscalYear(2024, 'en')).toBe('FY2024');
  });
});

describe('formatPeriod', () => {
  describe('of a multi-year plan (第2期北斗市: 令和2年度から令和6年度まで, 001_… line 51)', () => {
    it('adds the era years in Japanese', () => {
      expect(formatPeriod(2020, 2024, 'ja')).toBe('2020〜2024年度（令和2〜令和6年度）');
    });

    it('gives fiscal years in English', () => {
      expect(formatPeriod(2020, 2024, 'en')).toBe('FY2020–FY2024');
    });
  });

  describe('of a single year', () => {
    it('gives one year', () => {
      expect(formatPeriod(2019, 2019, 'ja')).toBe('2019年度（令和元年度）');
      expect(formatPeriod(2019, 2019, 'en')).toBe('FY2019');
    });
  });
});
