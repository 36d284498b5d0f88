import { bin } from 'd3-array';
import { linearScale, valueDomain, valueTicks, type LinearScale, type Tick } from './axis';
import { CHART_WIDTH, TICK_COUNT, type ChartLayout } from './chartLayout';
import { dumbbellPanels, perThousandPanel, type DumbbellPanel, type DumbbellSource } from './dumbbell';

/**
 * A family's values across many towns as a distribution: per base unit, how many baselines and how
 * many targets fall in each of a fixed number of equal bins, so the chart's size is the same for
 * four towns or 1,741. (With few indicators the dumbbell chart shows each one instead.)
 */

/** Bins per panel: fine enough to show the shape, coarse enough to stay legible on a phone. */
export const STRIP_BINS = 24;

/** One bin: its value range and how many baselines and targets fall in it. */
export interface StripBin {
  x0: number;
  x1: number;
  baselines: number;
  targets: number;
}

/** One panel: the values of one base unit, binned. */
export interface StripPanel {
  unit: string;
  bins: StripBin[];
  /** Indicators drawn (with a baseline or a target value). */
  count: number;
  medianBaseline: number | null;
  medianTarget: number | null;
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Bins a dumbbell panel's rows (baselines, and targets at their lower bound) on one domain:
 * `stripPanel({ unit: '人', rows })` → 24 bins over the rounded extent of every value.
 */
export function stripPanel(panel: DumbbellPanel, bins = STRIP_BINS): StripPanel {
  const baselines = panel.rows.flatMap((r) => (r.baseline === null ? [] : [r.baseline]));
  const targets = panel.rows.flatMap((r) => (r.target === null ? [] : [r.target.low]));
  const [lo, hi] = valueDomain([...baselines, ...targets]);
  const step = (hi - lo) / bins;
  const thresholds = Array.from({ length: bins - 1 }, (_, i) => lo + step * (i + 1));
  const binner = bin<number, number>().domain([lo, hi]).thresholds(thresholds);
  const b = binner(baselines);
  const t = binner(targets);
  return {
    unit: panel.unit,
    bins: b.map((x, i) => ({ x0: x.x0!, x1: x.x1!, baselines: x.length, targets: t[i]?.length ?? 0 })),
    count: panel.rows.length,
    medianBaseline: median(baselines),
    medianTarget: median(targets),
  };
}

/** One panel of a family's distribution chart: the rows of one base unit, as written or per 1,000 residents. */
export interface StripSource {
  /** Base unit of the axis ('人', '%'; '' when the source gives none). */
  unit: string;
  /** Values divided by each town's population in thousands. */
  perResident: boolean;
  panel: DumbbellPanel;
}

/**
 * The panels a distribution chart draws from some indicators: one per base unit (dumbbellPanels),
 * then one per 1,000 residents for each unit, of the rows that `perResident(id)` says count people
 * or things and whose town has a population. The chart calls it with every town's indicators of a
 * family, the theme page's script with one picked town's, so both put an indicator on the same panels.
 * `stripSources([出生数 320人, 出生率 1.4%], id => id === 出生数, …)` → 人, %, then 人 per 1,000.
 */
export function stripSources(
  indicators: readonly DumbbellSource[],
  perResident: (id: string) => boolean,
  population: (code: string) => number | undefined,
): StripSource[] {
  const panels = dumbbellPanels(indicators);
  const perPanels = panels
    .map((p) => ({ unit: p.unit, rows: p.rows.filter((r) => perResident(r.id)) }))
    .filter((p) => p.rows.length > 0)
    .map((p) => perThousandPanel(p, population))
    .filter((p) => p.rows.length > 0);
  return [...panels.map((panel) => ({ unit: panel.unit, perResident: false, panel })), ...perPanels.map((panel) => ({ unit: panel.unit, perResident: true, panel }))];
}

/** Size of a strip panel: title line, ticks, then a row of bars for baselines and one for targets. */
export function stripSize(layout: ChartLayout) {
  const narrow = layout === 'narrow';
  return {
    width: CHART_WIDTH[layout],
    margin: { top: 36, right: narrow ? 16 : 24, bottom: 8, left: narrow ? 16 : 24 },
    /** A row: its label line, then bars up to `barMax` px tall. */
    labelY: 14,
    barMax: 28,
    rowHeight: 52,
  };
}

/** Where a panel's bars go. */
export interface StripGeometry {
  x: LinearScale;
  ticks: Tick[];
  width: number;
  height: number;
  /** Largest count in any bin (bar heights are relative to it). */
  most: number;
}

/** Lays out a panel: one linear x scale over the bins' whole range, ticks above, two rows of bars. */
export function stripLayout(panel: StripPanel, layout: ChartLayout = 'wide'): StripGeometry {
  const { width, margin, rowHeight } = stripSize(layout);
  const first = panel.bins[0];
  const last = panel.bins.at(-1);
  const x = linearScale([first?.x0 ?? 0, last?.x1 ?? 1], [margin.left, width - margin.right]);
  return {
    x,
    ticks: valueTicks(x, TICK_COUNT[layout]),
    width,
    height: margin.top + 2 * rowHeight + margin.bottom,
    most: Math.max(1, ...panel.bins.flatMap((b) => [b.baselines, b.targets])),
  };
}
