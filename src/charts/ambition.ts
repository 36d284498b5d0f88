import { median } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Indicator } from '../schemas/indicator';
import { linearTicks, valueDomain, type Tick } from './axis';

/** Why a target has no ambition figure (each reason is counted under the chart). */
export type AmbitionExclusion = 'not-number' | 'no-values' | 'no-years' | 'baseline-not-positive';

/** The ambition of one target, or why there is none. */
export type AmbitionResult =
  | { ok: true; rate: number; years: number; change: number }
  | { ok: false; reason: AmbitionExclusion };

/**
 * How ambitious a target is: the relative change it asks for, spread over the years between the
 * baseline and the target, `(target − baseline) / baseline / (targetFY − baselineFY)`.
 * Only number targets with both values and both years; the baseline must be above zero (a share
 * of zero or of a negative number means nothing).
 * 観光入込客数 76万人 (H30 = FY2018) → 90万人 (FY2024): (90 − 76) / 76 / 6 ≈ 0.0307, i.e. +3.1 % a year.
 */
export function ambition(ind: Pick<Indicator, 'baseline' | 'target'>): AmbitionResult {
  const { baseline, target } = ind;
  if (target.kind !== 'number') return { ok: false, reason: 'not-number' };
  if (baseline.value === null || target.value === null) return { ok: false, reason: 'no-values' };
  if (baseline.fiscalYear === null || target.fiscalYear === null || target.fiscalYear <= baseline.fiscalYear) {
    return { ok: false, reason: 'no-years' };
  }
  if (baseline.value <= 0) return { ok: false, reason: 'baseline-not-positive' };
  const change = (target.value - baseline.value) / baseline.value;
  const years = target.fiscalYear - baseline.fiscalYear;
  return { ok: true, rate: change / years, years, change };
}

/** One bar of the ambition chart. */
export interface AmbitionRow {
  indicator: Indicator;
  /** Relative change per year (0.031 = +3.1 % a year). */
  rate: number;
  years: number;
  /** Relative change over the whole span (0.18 = +18 %). */
  change: number;
}

/** The bars of a set of indicators, most ambitious first (ties in id order), and the count left out per reason. */
export function ambitionRows(indicators: readonly Indicator[]): { rows: AmbitionRow[]; excluded: Record<AmbitionExclusion, number> } {
  const excluded: Record<AmbitionExclusion, number> = { 'not-number': 0, 'no-values': 0, 'no-years': 0, 'baseline-not-positive': 0 };
  const rows: AmbitionRow[] = [];
  for (const indicator of indicators) {
    const result = ambition(indicator);
    if (result.ok) rows.push({ indicator, rate: result.rate, years: result.years, change: result.change });
    else excluded[result.reason] += 1;
  }
  rows.sort((a, b) => b.rate - a.rate || a.indicator.id.localeCompare(b.indicator.id));
  return { rows, excluded };
}

/** The rows' median rate, or null for none. */
export function medianRate(rows: readonly AmbitionRow[]): number | null {
  return median(rows, (r) => r.rate) ?? null;
}

/** Size of the ambition chart: a label line above each bar, zero line across. */
export const AMBITION = {
  width: 640,
  margin: { top: 36, right: 24, bottom: 8, left: 24 },
  rowHeight: 40,
  labelY: 14,
  barY: 20,
  barHeight: 14,
} as const;

/** A bar placed in the chart. */
export interface PlacedAmbitionRow {
  row: AmbitionRow;
  y: number;
  /** Left edge and width of the bar (a bar grows left of zero for a falling target). */
  barX: number;
  barWidth: number;
}

/** Scale, ticks, zero line and bar positions of the ambition chart. */
export interface AmbitionGeometry {
  x: ScaleLinear<number, number>;
  ticks: Tick[];
  zeroX: number;
  width: number;
  height: number;
  rows: PlacedAmbitionRow[];
}

/** Lays out the bars: x in rate per year with zero always on the axis, one row per target. */
export function ambitionLayout(rows: readonly AmbitionRow[]): AmbitionGeometry {
  const { width, margin, rowHeight } = AMBITION;
  const x = scaleLinear()
    .domain(valueDomain([0, ...rows.map((r) => r.rate)]))
    .range([margin.left, width - margin.right]);
  const zeroX = x(0);
  return {
    x,
    ticks: linearTicks(x, 5),
    zeroX,
    width,
    height: margin.top + rows.length * rowHeight + margin.bottom,
    rows: rows.map((row, i) => {
      const end = x(row.rate);
      return { row, y: margin.top + i * rowHeight, barX: Math.min(zeroX, end), barWidth: Math.abs(end - zeroX) };
    }),
  };
}

