import { describe, expect, it } from 'vitest';
import { progressStatus, type ProgressInput } from '../../../src/lib/progressStatus';
import type { Baseline, Target } from '../../../src/schemas/indicator';

/** Base values copy the written ones: progressStatus reads only the values and units as written. */
const baseline = (value: number | null, fiscalYear: number | null, period: string | null = null): Baseline => ({
  value,
  valueBase: value,
  period,
  fiscalYear,
  note: null,
});

const target = (kind: Target['kind'], value: number | null, fiscalYear: number | null, valueMax: number | null = null): Target => ({
  kind,
  value,
  valueBase: value,
  valueMax,
  valueMaxBase: valueMax,
  period: null,
  fiscalYear,
  impliedByPlanPeriod: fiscalYear !== null,
  perYear: null,
  perYearBase: null,
  years: null,
  note: null,
  basis: 'total',
});

/** 北斗市: 第2期 line 214 `企業立地数 (新函館北斗駅周辺) ⇒ 現状値 (第1期実績) 31社 目標数値 50社` (FY2020–2024). */
const hokutoCompanies = { baseline: baseline(31, null, '第1期実績'), target: target('number', 50, 2024), unit: '社' };

const input = (earlier: ProgressInput['earlier'], laterValue: number | null, laterYear: number | null, unit = earlier.unit): ProgressInput => ({
  earlier,
  later: { baseline: baseline(laterValue, laterYear), unit },
  fallbackBaselineYear: 2019,
});

describe('progressStatus', () => {
  describe('with a numeric target above the baseline (direction up)', () => {
    it('is behind when 34社 in 令和5年 (第3期 leaflet, lines 767–769) covers 16% of the way after 80% of the time', () => {
      const result = progressStatus(input(hokutoCompanies, 34, 2023));
      expect(result.status).toBe('behind');
      expect(result.reason).toBe('behind-time');
      expect(result.direction).toBe('up');
      expect(result.progress).toBeCloseTo(3 / 19);
      expect(result.elapsed).toBeCloseTo(0.8);
    });

    it('is on track when progress is at least the share of time elapsed', () => {
      const result = progressStatus(input(hokutoCompanies, 43, 2022));
      expect(result.status).toBe('on-track');
      expect(result.progress).toBeCloseTo(12 / 19);
      expect(result.elapsed).toBeCloseTo(0.6);
    });

    it('is achieved when the later value reaches the target', () => {
      expect(progressStatus(input(hokutoCompanies, 50, 2023)).status).toBe('achieved');
      expect(progressStatus(input(hokutoCompanies, 52, 2023)).status).toBe('achieved');
    });

    it('is behind when the target year has passed without reaching it', () => {
      const result = progressStatus(input(hokutoCompanies, 49, 2024));
      expect(result.status).toBe('behind');
      expect(result.elapsed).toBe(1);
    });

    it('is behind when the value moved away from the target', () => {
      const result = progressStatus(input(hokutoCompanies, 30, 2021));
      expect(result.status).toBe('behind');
      expect(result.reason).toBe('wrong-way');
    });
  });

  describe('with a numeric target below the baseline (direction down)', () => {
    /** 待機児童数 12人 (R1) → 0人 (R6). */
    const waiting = { baseline: baseline(12, 2019), target: target('number', 0, 2024), unit: '人' };

    it('is achieved at or below the target', () => {
      expect(progressStatus(input(waiting, 0, 2023)).status).toBe('achieved');
    });

    it('is on track when the fall keeps pace with time', () => {
      const result = progressStatus(input(waiting, 4, 2022));
      expect(result.direction).toBe('down');
      expect(result.status).toBe('on-track');
    });
  });

  describe('with a range target', () => {
    /** 出生数：187人（令和5年）→200～220人（令和11年） (000_… line 764). */
    const births = { baseline: baseline(187, 2023), target: target('range', 200, 2029, 220), unit: '人' };

    it('counts reaching the lower bound as achieved', () => {
      expect(progressStatus(input(births, 200, 2027)).status).toBe('achieved');
    });

    it('measures progress towards the lower bound', () => {
      const result = progressStatus(input(births, 190, 2026));
      expect(result.progress).toBeCloseTo(3 / 13);
      expect(result.elapsed).toBeCloseTo(0.5);
      expect(result.status).toBe('behind');
    });
  });

  describe('with a direction-only target', () => {
    /** 北本市: ふるさと納税寄附件数 3,908件 → 増加 (002_… line 319). */
    const donations = { baseline: baseline(3908, null), target: target('increase', null, 2026), unit: '件' };

    it('is achieved when the value moved the wanted way', () => {
      expect(progressStatus(input(donations, 4100, 2024)).status).toBe('achieved');
    });

    it('is behind when it did not', () => {
      expect(progressStatus(input(donations, 3908, 2024)).status).toBe('behind');
    });
  });

  describe('with a zero-balance target (社会動態の均衡 △55人 H30, 001_… line 302)', () => {
    const balance = { baseline: baseline(-55, 2018), target: target('zero-balance', null, 2024), unit: '人' };

    it('points towards 0 and is achieved at 0 or above', () => {
      const result = progressStatus(input(balance, 3, 2023));
      expect(result.direction).toBe('up');
      expect(result.status).toBe('achieved');
    });

    it('judges progress towards 0', () => {
      expect(progressStatus(input(balance, -10, 2021)).status).toBe('on-track');
      expect(progressStatus(input(balance, -50, 2023)).status).toBe('behind');
    });
  });

  describe('with a maintain target (アプリ利用率 96% R4 → 維持 R6, 003_… line 344)', () => {
    const keep = { baseline: baseline(96, 2022), target: target('maintain', null, 2024), unit: '%' };

    it('is achieved when the value has not fallen below the baseline', () => {
      expect(progressStatus(input(keep, 96, 2024)).status).toBe('achieved');
    });

    it('is behind when it fell', () => {
      expect(progressStatus(input(keep, 90, 2024)).status).toBe('behind');
    });
  });

  describe('never gives a status without data', () => {
    it('gives no data without a later value', () => {
      expect(progressStatus(input(hokutoCompanies, null, 2023))).toMatchObject({ status: 'no-data', reason: 'no-observed-value' });
    });

    it('gives no data for a qualitative target', () => {
      const plan = { baseline: baseline(null, 2022), target: target('qualitative', null, 2024), unit: '' };
      expect(progressStatus(input(plan, 1, 2024))).toMatchObject({ status: 'no-data', reason: 'qualitative' });
    });

    it('gives no data when the units differ (76万人 against 人)', () => {
      const visitors = { baseline: baseline(76, 2018), target: target('number', 90, 2024), unit: '万人' };
      expect(progressStatus(input(visitors, 800000, 2023, '人'))).toMatchObject({ status: 'no-data', reason: 'unit-mismatch' });
    });

    it('gives no data for a numeric target without a baseline (direction unknown)', () => {
      const plan = { baseline: baseline(null, null), target: target('number', 100, 2024), unit: '人' };
      expect(progressStatus(input(plan, 50, 2023))).toMatchObject({ status: 'no-data', reason: 'no-baseline-value' });
    });

    it('gives no data when the years needed for on-track are missing', () => {
      const result = progressStatus({ ...input(hokutoCompanies, 40, null), fallbackBaselineYear: 2019 });
      expect(result).toMatchObject({ status: 'no-data', reason: 'no-years' });
    });

    it('gives no data when neither the baseline nor the fallback gives a year', () => {
      const result = progressStatus({ ...input(hokutoCompanies, 40, 2023), fallbackBaselineYear: null });
      expect(result).toMatchObject({ status: 'no-data', reason: 'no-years' });
    });

    it('still says achieved without years, since reaching the target needs none', () => {
      const result = progressStatus({ ...input(hokutoCompanies, 50, null), fallbackBaselineYear: null });
      expect(result.status).toBe('achieved');
    });
  });
});
