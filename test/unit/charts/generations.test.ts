import { describe, expect, it } from 'vitest';
import { GENERATIONS, generationLayout, generationSeries, generationSize } from '../../../src/charts/generations';
import { byId, indicator, plans } from './records';

// 北斗市 第2期 (001 line 214): 企業立地数(新函館北斗駅周辺) 現状値(第1期実績) 31社 → 目標数値 50社;
// 第3期 draft (000 line 767–769): 新函館北斗駅周辺への立地企業数 34社（令和5年）→ 45社（令和11年）.
const earlier = indicator('012360-g2-strategy-L214');
const later = indicator('012360-g3-draft-summary-L767');
const earlierPlan = byId(plans, '012360-g2-strategy');

describe('generationSeries', () => {
  describe('for the linked pair 企業立地数 31→50社 vs 34社', () => {
    const series = generationSeries(earlier, later, earlierPlan.periodStart - 1);

    it('is linked in content/', () => {
      expect(later.previous).toBe(earlier.id);
    });

    it('assumes the year before the earlier plan for a baseline without a year', () => {
      expect(series).toMatchObject({ baseline: { fiscalYear: 2019, value: 31 }, baselineYearAssumed: true });
    });

    it('puts the earlier target at FY2024 and the later value at FY2023', () => {
      expect(series).toMatchObject({ target: { fiscalYear: 2024, value: 50 }, observed: { fiscalYear: 2023, value: 34 } });
    });

    it('expects 46.2社 at an even pace by FY2023 (31 + 19 × 4/5)', () => {
      expect(typeof series !== 'string' && series.expected).toBeCloseTo(46.2);
    });
  });

  describe('refuses a pair it cannot draw', () => {
    it('when the units differ', () => {
      expect(generationSeries(earlier, { ...later, unit: '件' }, 2019)).toBe('unit-mismatch');
    });
    it('when the later plan gives no value', () => {
      expect(generationSeries(earlier, { ...later, baseline: { ...later.baseline, value: null } }, 2019)).toBe('missing-value');
    });
    it('when the target year is not after the baseline year', () => {
      expect(generationSeries(earlier, later, 2024)).toBe('missing-year');
    });
  });
});

describe('generationLayout', () => {
  const series = generationSeries(earlier, later, 2019);
  if (typeof series === 'string') throw new Error(series);
  const g = generationLayout(series);

  it('runs the years from the baseline to the target inside the margins, with half a year of room at each end', () => {
    expect(g.x.domain()).toEqual([2018.5, 2024.5]);
    expect(g.x.range()).toEqual([GENERATIONS.margin.left, GENERATIONS.width - GENERATIONS.margin.right]);
    expect(g.years.map((y) => y.label)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
  });

  it('keeps every year label at least 40 px apart in the narrow layout', () => {
    const narrow = generationLayout(series, 'narrow');
    expect(narrow.x.range()).toEqual([generationSize('narrow').margin.left, generationSize('narrow').width - generationSize('narrow').margin.right]);
    expect(narrow.years[1]!.position - narrow.years[0]!.position).toBeGreaterThanOrEqual(40);
  });

  it('draws values upwards', () => {
    expect(g.point({ fiscalYear: 2024, value: 50 }).y).toBeLessThan(g.point({ fiscalYear: 2019, value: 31 }).y);
  });
});
