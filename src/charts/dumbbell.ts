import type { Baseline, Indicator, Target, TargetKind } from '../schemas/indicator';
import type { ThemeId } from '../schemas/themes';
import { perThousand } from '../lib/perResident';
import { linearScale, valueDomain, valueTicks, type AxisPolicy, type LinearScale, type Tick } from './axis';
import { CHART_WIDTH, LINE_HEIGHT, TICK_COUNT, type ChartLayout } from './chartLayout';

/** Which way a target wants the value to move. */
export type Direction = 'up' | 'down' | 'hold';

/** The value a target asks for: one point for a number, both bounds for a range. */
export interface TargetSpan {
  low: number;
  high: number;
}

/** One indicator drawn as a dumbbell: baseline mark, then target mark (or span). */
export interface DumbbellRow {
  id: string;
  municipality: string;
  plan: string;
  name: string;
  /** Unit as written (for labels: `万人`). */
  unit: string;
  /** Base unit the values are in (`人`). */
  unitBase: string;
  family: string | null;
  themes: ThemeId[];
  kind: TargetKind;
  /** Baseline in the base unit (76万人 → 760000). */
  baseline: number | null;
  baselineFy: number | null;
  /** Target in the base unit. */
  target: TargetSpan | null;
  targetFy: number | null;
  direction: Direction | null;
}

/** What a dumbbell row is made from: an indicator, or its record in a town's data file (src/lib/compare/cityData.ts). */
export type DumbbellSource = Pick<Indicator, 'id' | 'municipality' | 'plan' | 'name' | 'unit' | 'unitBase' | 'family' | 'themes'> & {
  baseline: Pick<Baseline, 'valueBase' | 'fiscalYear'>;
  target: Pick<Target, 'kind' | 'valueBase' | 'valueMaxBase' | 'fiscalYear'>;
  source: { line: number };
};

/** The rows of one base unit: everything on one axis is the same quantity in the same unit. */
export interface DumbbellPanel {
  /** Base unit of the axis (`人`, `%`); '' when the source gives none. */
  unit: string;
  rows: DumbbellRow[];
}

/**
 * Where a target sits on a value axis in its base unit, by kind; null when it names no value.
 * number 50 → {50, 50}; 90万人 → {900000, 900000}; range 200～220 → {200, 220}; 維持 (no value) with
 * baseline 6.6 → {6.6, 6.6}; 均衡 → {0, 0}; ↑ without a value, qualitative → null.
 */
export function targetSpan(target: Pick<Target, 'kind' | 'valueBase' | 'valueMaxBase'>, baseline: number | null): TargetSpan | null {
  const point = (v: number | null) => (v === null ? null : { low: v, high: v });
  switch (target.kind) {
    case 'number':
    case 'increase':
    case 'decrease':
      return point(target.valueBase);
    case 'range':
      return target.valueBase === null ? null : { low: target.valueBase, high: target.valueMaxBase ?? target.valueBase };
    case 'maintain':
      return point(target.valueBase ?? baseline);
    case 'zero-balance':
      return point(0);
    case 'qualitative':
      return null;
  }
}

/**
 * Direction of a target from its baseline; ↑/↓ say it themselves; null when a value is missing.
 * 31 → 50: 'up'; 11 → 0: 'down'; 6.6 → 維持: 'hold'; −55 → 均衡: 'up'; qualitative: null.
 */
export function targetDirection(kind: TargetKind, baseline: number | null, span: TargetSpan | null): Direction | null {
  if (kind === 'increase') return 'up';
  if (kind === 'decrease') return 'down';
  if (kind === 'maintain') return 'hold';
  if (baseline === null || span === null) return null;
  return span.low > baseline ? 'up' : span.high < baseline ? 'down' : 'hold';
}

/** An indicator as a dumbbell row, its values in the base unit (76万人 → 760000 人). */
export function dumbbellRow(ind: DumbbellSource): DumbbellRow {
  const baseline = ind.baseline.valueBase;
  const target = targetSpan(ind.target, baseline);
  return {
    id: ind.id,
    municipality: ind.municipality,
    plan: ind.plan,
    name: ind.name,
    unit: ind.unit,
    unitBase: ind.unitBase,
    family: ind.family,
    themes: ind.themes,
    kind: ind.target.kind,
    baseline,
    baselineFy: ind.baseline.fiscalYear,
    target,
    targetFy: ind.target.fiscalYear,
    direction: targetDirection(ind.target.kind, baseline, target),
  };
}

/** Reading order: city code, plan, source line. */
const byReadingOrder = (a: DumbbellSource, b: DumbbellSource) =>
  a.municipality.localeCompare(b.municipality) ||
  a.plan.localeCompare(b.plan) ||
  a.source.line - b.source.line ||
  a.id.localeCompare(b.id);

/**
 * The dumbbell panels of one family: indicators with a baseline or target value, one panel per
 * base unit (万人 and 千人 are both 人, so 観光入込客数 gets one axis in 人; 人 and % stay apart),
 * panels in the order their base unit first appears.
 */
export function dumbbellPanels(indicators: readonly DumbbellSource[]): DumbbellPanel[] {
  const rows = [...indicators]
    .sort(byReadingOrder)
    .map(dumbbellRow)
    .filter((r) => r.baseline !== null || r.target !== null);
  const units = [...new Set(rows.map((r) => r.unitBase))];
  return units.map((unit) => ({ unit, rows: rows.filter((r) => r.unitBase === unit) }));
}

/**
 * A panel's rows per 1,000 residents of their town (baseline and target divided by population / 1,000),
 * for counts compared across towns of different size; a row whose town has no population is left out.
 * 北斗市 76万人 → 90万人 with 44,331 residents → 17,144 → 20,302 per 1,000.
 */
export function perThousandPanel(panel: DumbbellPanel, population: (code: string) => number | undefined): DumbbellPanel {
  const rows = panel.rows.flatMap((row) => {
    const count = population(row.municipality);
    if (count === undefined || count <= 0) return [];
    const per = (v: number) => perThousand(v, count)!;
    return [{ ...row, baseline: perThousand(row.baseline, count), target: row.target && { low: per(row.target.low), high: per(row.target.high) } }];
  });
  return { unit: panel.unit, rows };
}

/** How many rows of some panels point each way (for a chart's one-sentence takeaway). */
export function directionCounts(panels: readonly DumbbellPanel[]): Record<Direction | 'unknown', number> {
  const counts = { up: 0, down: 0, hold: 0, unknown: 0 };
  for (const row of panels.flatMap((p) => p.rows)) counts[row.direction ?? 'unknown'] += 1;
  return counts;
}

/** Size of a dumbbell panel (wide layout): width of the SVG, margins folded into the scale range, height per row. */
export const DUMBBELL = {
  width: CHART_WIDTH.wide,
  margin: { top: 36, right: 24, bottom: 8, left: 24 },
  /** A row: its label line, its values with their years, then the marks. */
  rowHeight: 58,
  labelY: 14,
  valuesY: 29,
  markY: 45,
  /** Lines for the city and name, and for the values (the narrow layout wraps both onto two). */
  nameLines: 1,
  valueLines: 1,
} as const;

/** Size of a dumbbell panel per layout: the narrow one wraps the name and the values onto two lines each. */
export function dumbbellSize(layout: ChartLayout) {
  if (layout === 'wide') return DUMBBELL;
  const lines = 4;
  const markY = DUMBBELL.labelY + LINE_HEIGHT * lines + 2;
  return {
    ...DUMBBELL,
    width: CHART_WIDTH.narrow,
    margin: { ...DUMBBELL.margin, right: 16, left: 16 },
    nameLines: 2,
    valueLines: 2,
    valuesY: DUMBBELL.labelY + LINE_HEIGHT * 2,
    markY,
    rowHeight: markY + 13,
  };
}

/** Every baseline and target value of a panel (what its axis must cover). */
export function panelValues(panel: DumbbellPanel): number[] {
  return panel.rows.flatMap((r) => [r.baseline, r.target?.low, r.target?.high].filter((v): v is number => v != null));
}

/** A row placed in the panel. */
export interface PlacedDumbbellRow {
  row: DumbbellRow;
  /** Top of the row. */
  y: number;
  baselineX: number | null;
  targetLowX: number | null;
  targetHighX: number | null;
}

/** Everything a panel's markup needs: scale, ticks, height and row positions. */
export interface DumbbellGeometry {
  x: LinearScale;
  ticks: Tick[];
  width: number;
  height: number;
  rows: PlacedDumbbellRow[];
}

/**
 * Lays out one panel: a linear x scale over every baseline and target of the panel (zero included
 * when the values allow it, see valueDomain), ticks at the top, one row below another.
 */
export function dumbbellLayout(panel: DumbbellPanel, layout: ChartLayout = 'wide', policy: AxisPolicy = 'auto'): DumbbellGeometry {
  const { width, margin, rowHeight } = dumbbellSize(layout);
  const x = linearScale(valueDomain(panelValues(panel), policy), [margin.left, width - margin.right]);
  const place = (v: number | null | undefined) => (v == null ? null : x(v));
  return {
    x,
    ticks: valueTicks(x, TICK_COUNT[layout]),
    width,
    height: margin.top + panel.rows.length * rowHeight + margin.bottom,
    rows: panel.rows.map((row, i) => ({
      row,
      y: margin.top + i * rowHeight,
      baselineX: place(row.baseline),
      targetLowX: place(row.target?.low),
      targetHighX: place(row.target?.high),
    })),
  };
}
