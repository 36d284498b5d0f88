import { FAMILIES } from '../domain/families';
import type { Baseline, Indicator, Target } from '../schemas/indicator';
import { linearScale, valueDomain, valueTicks, type LinearScale, type Tick } from './axis';
import { CHART_WIDTH, LINE_HEIGHT, TICK_COUNT, type ChartLayout } from './chartLayout';

/** Why a target has no ambition figure (each left-out target is listed under the chart with its reason). */
export type AmbitionExclusion = 'no-family' | 'not-number' | 'cumulative' | 'no-values' | 'no-years' | 'baseline-not-positive';

/** The reasons in the order the chart lists them. */
export const AMBITION_EXCLUSIONS: readonly AmbitionExclusion[] = ['no-family', 'not-number', 'cumulative', 'no-values', 'no-years', 'baseline-not-positive'];

/** What an ambition bar is made from: an indicator, or its record in a town's data file (src/lib/compare/cityData.ts). */
export type AmbitionSource = Pick<Indicator, 'id' | 'municipality' | 'name' | 'unit' | 'unitBase' | 'family' | 'themes' | 'plan'> & {
  baseline: Pick<Baseline, 'valueBase' | 'fiscalYear'>;
  target: Pick<Target, 'kind' | 'valueBase' | 'fiscalYear' | 'basis'>;
};

/** The ambition of one target, or why there is none. */
export type AmbitionResult =
  | { ok: true; rate: number; years: number; change: number }
  | { ok: false; reason: Exclude<AmbitionExclusion, 'no-family'> };

/**
 * How ambitious a target is: the relative change it asks for, spread over the years between the
 * baseline and the target, `(target − baseline) / baseline / (targetFY − baselineFY)`, in base values.
 * Only number targets with both values and both years that state a level or a yearly amount (a
 * cumulative target sums years, so it is not on the baseline's scale); the baseline must be above zero.
 * 観光入込客数 76万人 (H30 = FY2018) → 90万人 (FY2024): (900000 − 760000) / 760000 / 6 ≈ 0.0307, i.e. +3.1 % a year.
 */
export function ambition<T extends Pick<AmbitionSource, 'baseline' | 'target'>>(ind: T): AmbitionResult {
  const { baseline, target } = ind;
  if (target.kind !== 'number') return { ok: false, reason: 'not-number' };
  if (target.basis === 'cumulative') return { ok: false, reason: 'cumulative' };
  if (baseline.valueBase === null || target.valueBase === null) return { ok: false, reason: 'no-values' };
  if (baseline.fiscalYear === null || target.fiscalYear === null || target.fiscalYear <= baseline.fiscalYear) {
    return { ok: false, reason: 'no-years' };
  }
  if (baseline.valueBase <= 0) return { ok: false, reason: 'baseline-not-positive' };
  const change = (target.valueBase - baseline.valueBase) / baseline.valueBase;
  const years = target.fiscalYear - baseline.fiscalYear;
  return { ok: true, rate: change / years, years, change };
}

/** One bar of the ambition chart. */
export interface AmbitionRow<T extends AmbitionSource = Indicator> {
  indicator: T;
  /** Relative change per year (0.031 = +3.1 % a year). */
  rate: number;
  years: number;
  /** Relative change over the whole span (0.18 = +18 %). */
  change: number;
  baselineFy: number;
  targetFy: number;
  /** The baseline year is not the one most of the group's targets start from (see unusualBaselines). */
  unusualBaseline: boolean;
  /** Baseline years of the group's other targets that differ from this one's, ascending. */
  otherBaselineFys: number[];
}

/** The targets of one family in one base unit: the only set whose rates the chart puts side by side. */
export interface AmbitionGroup<T extends AmbitionSource = Indicator> {
  family: string;
  unitBase: string;
  /** Most ambitious first (ties in id order). */
  rows: AmbitionRow<T>[];
}

/** A target the chart leaves out, and why. */
export interface AmbitionExcluded<T extends AmbitionSource = Indicator> {
  indicator: T;
  reason: AmbitionExclusion;
}

/**
 * Which baseline years are unusual in a group: a year that fewer targets start from than the most
 * common one, or every year when all differ. [2018, 2018, 2023] → [false, false, true];
 * [2018, 2023] → [true, true]; [2019, 2019] → [false, false].
 */
export function unusualBaselines(years: readonly number[]): boolean[] {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return years.map((y) => counts.get(y)! < most || (most === 1 && counts.size > 1));
}

/**
 * The ambition chart's groups and what it leaves out: one group per family and base unit, groups in
 * the family vocabulary's order; targets in no known family cannot be compared with anything, so
 * they are left out with the others, in the order given.
 */
export function ambitionGroups<T extends AmbitionSource>(indicators: readonly T[], familyOrder: readonly string[] = FAMILIES.map((f) => f.id)): { groups: AmbitionGroup<T>[]; excluded: AmbitionExcluded<T>[] } {
  const excluded: AmbitionExcluded<T>[] = [];
  const byKey = new Map<string, { family: string; unitBase: string; rows: Omit<AmbitionRow<T>, 'unusualBaseline' | 'otherBaselineFys'>[] }>();
  for (const indicator of indicators) {
    if (indicator.family === null || !familyOrder.includes(indicator.family)) {
      excluded.push({ indicator, reason: 'no-family' });
      continue;
    }
    const result = ambition(indicator);
    if (!result.ok) {
      excluded.push({ indicator, reason: result.reason });
      continue;
    }
    const key = `${indicator.family}\u0000${indicator.unitBase}`;
    const group = byKey.get(key) ?? { family: indicator.family, unitBase: indicator.unitBase, rows: [] };
    group.rows.push({ indicator, rate: result.rate, years: result.years, change: result.change, baselineFy: indicator.baseline.fiscalYear!, targetFy: indicator.target.fiscalYear! });
    byKey.set(key, group);
  }
  const groups = [...byKey.values()]
    .sort((a, b) => familyOrder.indexOf(a.family) - familyOrder.indexOf(b.family) || a.unitBase.localeCompare(b.unitBase))
    .map(({ family, unitBase, rows }) => {
      const unusual = unusualBaselines(rows.map((r) => r.baselineFy));
      const placed = rows.map((r, i) => ({
        ...r,
        unusualBaseline: unusual[i]!,
        otherBaselineFys: [...new Set(rows.map((o) => o.baselineFy).filter((y) => y !== r.baselineFy))].sort((a, b) => a - b),
      }));
      placed.sort((a, b) => b.rate - a.rate || a.indicator.id.localeCompare(b.indicator.id));
      return { family, unitBase, rows: placed };
    });
  return { groups, excluded };
}

/** Size of one group's panel: its title, ticks, then per target a label line, a values line and the bar. */
export const AMBITION = {
  width: CHART_WIDTH.wide,
  margin: { top: 40, right: 24, bottom: 8, left: 24 },
  titleY: 14,
  /** Baseline of the axis name (% a year), on the title line when wide, below it when narrow. */
  axisY: 14,
  tickY: 32,
  rowHeight: 54,
  labelY: 14,
  valuesY: 29,
  barY: 35,
  barHeight: 12,
  /** Lines for the city and name, and for the years and rate (the narrow layout wraps both onto two). */
  nameLines: 1,
  valueLines: 1,
} as const;

/** Size of a group's panel per layout: the narrow one wraps the label and the values onto two lines each. */
export function ambitionSize(layout: ChartLayout) {
  if (layout === 'wide') return AMBITION;
  const valuesY = AMBITION.labelY + LINE_HEIGHT * 2;
  const barY = valuesY + LINE_HEIGHT * 2 - 9;
  return { ...AMBITION, width: CHART_WIDTH.narrow, margin: { ...AMBITION.margin, top: 55, left: 16, right: 16 }, axisY: 29, tickY: 47, nameLines: 2, valueLines: 2, valuesY, barY, rowHeight: barY + AMBITION.barHeight + 7 };
}

/** A bar placed in the chart. */
export interface PlacedAmbitionRow<T extends AmbitionSource = Indicator> {
  row: AmbitionRow<T>;
  y: number;
  /** Left edge and width of the bar (a bar grows left of zero for a falling target). */
  barX: number;
  barWidth: number;
}

/** Scale, ticks, zero line and bar positions of one group's panel. */
export interface AmbitionGeometry<T extends AmbitionSource = Indicator> {
  x: LinearScale;
  ticks: Tick[];
  zeroX: number;
  width: number;
  height: number;
  rows: PlacedAmbitionRow<T>[];
}

/** Lays out the bars of one group: x in rate per year with zero always on the axis, one row per target. */
export function ambitionLayout<T extends AmbitionSource>(rows: readonly AmbitionRow<T>[], layout: ChartLayout = 'wide'): AmbitionGeometry<T> {
  const { width, margin, rowHeight } = ambitionSize(layout);
  const x = linearScale(valueDomain([0, ...rows.map((r) => r.rate)]), [margin.left, width - margin.right]);
  const zeroX = x(0);
  return {
    x,
    ticks: valueTicks(x, TICK_COUNT[layout]),
    zeroX,
    width,
    height: margin.top + rows.length * rowHeight + margin.bottom,
    rows: rows.map((row, i) => {
      const end = x(row.rate);
      return { row, y: margin.top + i * rowHeight, barX: Math.min(zeroX, end), barWidth: Math.abs(end - zeroX) };
    }),
  };
}
