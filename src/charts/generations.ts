import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Indicator } from '../schemas/indicator';
import { figureAxisPolicy, linearTicks, valueDomain, type Tick } from './axis';
import { CHART_WIDTH, type ChartLayout } from './chartLayout';

/** A value at a fiscal year. */
export interface YearValue {
  fiscalYear: number;
  value: number;
}

/**
 * An earlier plan's target against the value the later plan reports for the same indicator:
 * the straight path from the earlier baseline to the earlier target, and where the later value sits.
 */
export interface GenerationSeries {
  earlierId: string;
  laterId: string;
  unit: string;
  baseline: YearValue;
  /** True when the baseline year is assumed (the year before the earlier plan starts). */
  baselineYearAssumed: boolean;
  target: YearValue;
  observed: YearValue;
  /** Value on the straight path at the observed year: where an even pace would have put it. */
  expected: number;
}

/** Why a linked pair cannot be drawn. */
export type GenerationGap = 'unit-mismatch' | 'missing-value' | 'missing-year';

/**
 * The series of a linked pair, or why there is none. The earlier baseline's year is its own, else the
 * year before the earlier plan starts (as in the progress rule).
 * 企業立地数: 31社 (第1期実績, assumed FY2019) → 50社 (FY2024), later 34社 (令和5年 = FY2023):
 * expected 31 + 19 × 4/5 = 46.2社.
 */
export function generationSeries(
  earlier: Pick<Indicator, 'id' | 'unit' | 'baseline' | 'target'>,
  later: Pick<Indicator, 'id' | 'unit' | 'baseline'>,
  fallbackBaselineYear: number,
): GenerationSeries | GenerationGap {
  if (earlier.unit !== later.unit) return 'unit-mismatch';
  const base = earlier.baseline.value;
  const goal = earlier.target.kind === 'number' ? earlier.target.value : null;
  const seen = later.baseline.value;
  if (base === null || goal === null || seen === null) return 'missing-value';
  const from = earlier.baseline.fiscalYear ?? fallbackBaselineYear;
  const to = earlier.target.fiscalYear;
  const at = later.baseline.fiscalYear;
  if (to === null || at === null || to <= from) return 'missing-year';
  return {
    earlierId: earlier.id,
    laterId: later.id,
    unit: earlier.unit,
    baseline: { fiscalYear: from, value: base },
    baselineYearAssumed: earlier.baseline.fiscalYear === null,
    target: { fiscalYear: to, value: goal },
    observed: { fiscalYear: at, value: seen },
    expected: base + ((goal - base) * (at - from)) / (to - from),
  };
}

/** The four values the value axis covers: baseline, target, observed and the even-pace value. */
export function generationValues(series: GenerationSeries): number[] {
  return [series.baseline.value, series.target.value, series.observed.value, series.expected];
}

/** The chart's axis policy (stated in its notes): from zero when its values allow it, else over their range. */
export function generationAxisPolicy(series: GenerationSeries): 'zero' | 'extent' {
  return figureAxisPolicy([generationValues(series)]);
}

/** Size of the generations chart: fiscal years across, values up. */
export const GENERATIONS = {
  width: CHART_WIDTH.wide,
  height: 280,
  margin: { top: 36, right: 24, bottom: 44, left: 64 },
} as const;

/** Size of the generations chart per layout: the narrow one is narrower and a little lower. */
export function generationSize(layout: ChartLayout) {
  return layout === 'wide' ? GENERATIONS : { ...GENERATIONS, width: CHART_WIDTH.narrow, height: 260, margin: { ...GENERATIONS.margin, right: 16, left: 48 } };
}

/** Scales, ticks and point positions of the chart. */
export interface GenerationGeometry {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  years: Tick[];
  values: Tick[];
  point: (p: YearValue) => { x: number; y: number };
}

/** Lays out one series: x over the years from baseline to the later of target and observed year. */
export function generationLayout(series: GenerationSeries, layout: ChartLayout = 'wide'): GenerationGeometry {
  const { width, height, margin } = generationSize(layout);
  const first = series.baseline.fiscalYear;
  const last = Math.max(series.target.fiscalYear, series.observed.fiscalYear);
  // Half a year of room at each end, so the first year's label and marks stay clear of the value axis.
  const x = scaleLinear().domain([first - 0.5, last + 0.5]).range([margin.left, width - margin.right]);
  const y = scaleLinear()
    .domain(valueDomain(generationValues(series), generationAxisPolicy(series)))
    .range([height - margin.bottom, margin.top]);
  // A label needs about 40 px: every year when that fits, else every other year (or every third).
  const step = Math.max(1, Math.ceil(40 / (x(first + 1) - x(first))));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i)
    .filter((fy) => (fy - first) % step === 0)
    .map((fy) => ({ value: fy, position: x(fy), label: String(fy) }));
  return { x, y, years, values: linearTicks(y, layout === 'wide' ? 5 : 4), point: (p) => ({ x: x(p.fiscalYear), y: y(p.value) }) };
}
