import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Indicator } from '../schemas/indicator';
import type { Plan } from '../schemas/plan';
import { CHART_WIDTH, type ChartLayout } from './chartLayout';

/**
 * Position of a day on a fiscal-year axis, where fiscal year n runs from 1 April n to 31 March n+1
 * and occupies [n, n+1): 2025-04-01 → 2025, 2025-10-01 → 2025.5 (183 of 365 days), 2026-03-31 → 2025.997.
 * Days are counted in Japan time (UTC+9), where the fiscal year turns.
 */
export function fiscalYearPosition(date: Date): number {
  const jst = new Date(date.getTime() + 9 * 3600 * 1000);
  const y = jst.getUTCFullYear();
  const fy = jst.getUTCMonth() < 3 ? y - 1 : y;
  const start = Date.UTC(fy, 3, 1);
  const end = Date.UTC(fy + 1, 3, 1);
  const day = Date.UTC(jst.getUTCFullYear(), jst.getUTCMonth(), jst.getUTCDate());
  return fy + (day - start) / (end - start);
}

/** A target year of a plan with how many of its indicators aim at it. */
export interface TargetYear {
  fiscalYear: number;
  count: number;
}

/** One plan on the timeline. */
export interface TimelineRow {
  plan: Plan;
  /** Fiscal years of the plan's indicators' targets, earliest first, each with its count. */
  targetYears: TargetYear[];
}

/** Plans in the order of the data (city, then start), each with its target years. */
export function timelineRows(plans: readonly Plan[], indicators: readonly Pick<Indicator, 'plan' | 'target'>[]): TimelineRow[] {
  return plans.map((plan) => {
    const counts = new Map<number, number>();
    for (const ind of indicators) {
      const fy = ind.target.fiscalYear;
      if (ind.plan === plan.id && fy !== null) counts.set(fy, (counts.get(fy) ?? 0) + 1);
    }
    const targetYears = [...counts].map(([fiscalYear, count]) => ({ fiscalYear, count })).sort((a, b) => a.fiscalYear - b.fiscalYear);
    return { plan, targetYears };
  });
}

/** Whether a plan's period has ended, is running or is still to come, seen from a fiscal-year position. */
export type PlanPhase = 'ended' | 'running' | 'future';

/** Phase of a plan at a fiscal-year position: FY2020–2024 at 2025.3 → 'ended'. */
export function planPhase(plan: Pick<Plan, 'periodStart' | 'periodEnd'>, today: number): PlanPhase {
  if (today >= plan.periodEnd + 1) return 'ended';
  if (today < plan.periodStart) return 'future';
  return 'running';
}

/**
 * How many plans are in each phase at a fiscal-year position, every phase present:
 * ([FY2015–2019, FY2020–2024, FY2025–2029] at 2025.3) → { ended: 2, running: 1, future: 0 }.
 */
export function phaseCounts(plans: readonly Pick<Plan, 'periodStart' | 'periodEnd'>[], today: number): Record<PlanPhase, number> {
  const counts: Record<PlanPhase, number> = { ended: 0, running: 0, future: 0 };
  for (const plan of plans) counts[planPhase(plan, today)] += 1;
  return counts;
}

/** Size of the timeline: a label line above each plan's bar; year ticks at the top. */
export const TIMELINE = {
  width: CHART_WIDTH.wide,
  margin: { top: 40, right: 24, bottom: 12, left: 24 },
  /** A row: its label line, the bar, then the target counts under their ◆. */
  rowHeight: 54,
  labelY: 14,
  barY: 20,
  barHeight: 16,
} as const;

/** Size of the timeline per layout: the narrow one keeps the rows and has less room for labels. */
export function timelineSize(layout: ChartLayout) {
  return layout === 'wide' ? TIMELINE : { ...TIMELINE, width: CHART_WIDTH.narrow, margin: { ...TIMELINE.margin, left: 16, right: 16 } };
}

/** A plan placed on the timeline. */
export interface PlacedTimelineRow {
  row: TimelineRow;
  y: number;
  barX: number;
  barWidth: number;
  /** Centre of each target year's column. */
  targets: (TargetYear & { x: number })[];
}

/** Scale, year ticks, today's line and plan bars of the timeline. */
export interface TimelineGeometry {
  x: ScaleLinear<number, number>;
  /** One tick per fiscal year, at the start of the year, labelled every other year when crowded. */
  years: { fiscalYear: number; x: number; labelled: boolean }[];
  todayX: number;
  width: number;
  height: number;
  rows: PlacedTimelineRow[];
}

/**
 * Lays out the timeline: x in fiscal years, from the earliest plan start to the latest plan end or
 * target year (whole years), widened to include today; a bar per plan spans its period
 * [periodStart, periodEnd + 1), a target year sits in the middle of its year.
 */
export function timelineLayout(rows: readonly TimelineRow[], today: number, layout: ChartLayout = 'wide'): TimelineGeometry {
  const { width, margin, rowHeight } = timelineSize(layout);
  const starts = rows.map((r) => r.plan.periodStart);
  const ends = rows.flatMap((r) => [r.plan.periodEnd + 1, ...r.targetYears.map((t) => t.fiscalYear + 1)]);
  const from = Math.min(...starts, Math.floor(today));
  const to = Math.max(...ends, Math.floor(today) + 1);
  const x = scaleLinear().domain([from, to]).range([margin.left, width - margin.right]);
  // A year label needs about 36 px: label every year when that fits, else every second or third.
  const step = Math.max(1, Math.ceil(36 / ((width - margin.left - margin.right) / (to - from))));
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i).map((fiscalYear) => ({
    fiscalYear,
    x: x(fiscalYear),
    labelled: (fiscalYear - from) % step === 0 && fiscalYear < to,
  }));
  return {
    x,
    years,
    todayX: x(today),
    width,
    height: margin.top + rows.length * rowHeight + margin.bottom,
    rows: rows.map((row, i) => ({
      row,
      y: margin.top + i * rowHeight,
      barX: x(row.plan.periodStart),
      barWidth: x(row.plan.periodEnd + 1) - x(row.plan.periodStart),
      targets: row.targetYears.map((t) => ({ ...t, x: x(t.fiscalYear + 0.5) })),
    })),
  };
}
