import type { Indicator } from '../../../src/schemas/indicator';

/** A run of indicators, consecutive in the source, that share a measure. */
export interface MeasureRun<I> {
  measure: string | null;
  indicators: I[];
}

/** A run of indicators, consecutive in the source, that share a goal, split by measure. */
export interface GoalRun<I> {
  goal: string | null;
  /** True when an earlier run had the same goal (the document came back to it). */
  continued: boolean;
  measures: MeasureRun<I>[];
}

type I0 = Pick<Indicator, 'id' | 'goal' | 'measure' | 'source'>;

/**
 * Indicators in source order, grouped under their goal and measure without reordering: a new
 * goal run starts whenever the goal changes, a new measure run whenever the measure does.
 * [g1/—, g1/m1, g1/m1, g2/m2] → [{ g1: [—: 1], [m1: 2] }, { g2: [m2: 1] }].
 */
export function groupIndicators<I extends I0>(indicators: readonly I[]): GoalRun<I>[] {
  const sorted = [...indicators].sort((a, b) => a.source.line - b.source.line || a.id.localeCompare(b.id, 'en', { numeric: true }));
  const runs: GoalRun<I>[] = [];
  const seenGoals = new Set<string | null>();
  for (const indicator of sorted) {
    let run = runs.at(-1);
    if (!run || run.goal !== indicator.goal) {
      run = { goal: indicator.goal, continued: seenGoals.has(indicator.goal), measures: [] };
      seenGoals.add(indicator.goal);
      runs.push(run);
    }
    let measureRun = run.measures.at(-1);
    if (!measureRun || measureRun.measure !== indicator.measure) {
      measureRun = { measure: indicator.measure, indicators: [] };
      run.measures.push(measureRun);
    }
    measureRun.indicators.push(indicator);
  }
  return runs;
}
