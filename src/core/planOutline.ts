import type { Goal } from '../schemas/goal';
import type { Indicator } from '../schemas/indicator';
import type { Measure } from '../schemas/measure';

/** A measure with its indicators. */
export interface MeasureNode<M, I> {
  measure: M;
  indicators: I[];
}

/** A goal with the indicators attached to it directly, and its measures. */
export interface GoalNode<G, M, I> {
  goal: G;
  indicators: I[];
  measures: MeasureNode<M, I>[];
}

/** One plan's records as a tree: goals → measures → indicators, plus what hangs on nothing. */
export interface PlanOutline<G, M, I> {
  goals: GoalNode<G, M, I>[];
  /** Measures whose goal is not given (or not in this plan). */
  looseMeasures: MeasureNode<M, I>[];
  /** Indicators with neither a goal nor a measure of this plan. */
  looseIndicators: I[];
}

type G0 = Pick<Goal, 'id' | 'plan' | 'source'>;
type M0 = Pick<Measure, 'id' | 'plan' | 'goal' | 'source'>;
type I0 = Pick<Indicator, 'id' | 'plan' | 'goal' | 'measure' | 'source'>;

const bySourceLine = (a: { id: string; source: { line: number } }, b: { id: string; source: { line: number } }) =>
  a.source.line - b.source.line || a.id.localeCompare(b.id);

/**
 * Arranges the records of one plan for reading, each list in source-line order: an indicator goes
 * under its measure, else under its goal, else to the loose list; a measure under its goal, else loose.
 */
export function planOutline<G extends G0, M extends M0, I extends I0>(
  planId: string,
  goals: readonly G[],
  measures: readonly M[],
  indicators: readonly I[],
): PlanOutline<G, M, I> {
  const ownGoals = goals.filter((g) => g.plan === planId).sort(bySourceLine);
  const ownMeasures = measures.filter((m) => m.plan === planId).sort(bySourceLine);
  const ownIndicators = indicators.filter((i) => i.plan === planId).sort(bySourceLine);
  const goalIds = new Set(ownGoals.map((g) => g.id));
  const measureIds = new Set(ownMeasures.map((m) => m.id));
  const underMeasure = (i: I) => i.measure !== null && measureIds.has(i.measure);
  const node = (measure: M): MeasureNode<M, I> => ({ measure, indicators: ownIndicators.filter((i) => i.measure === measure.id) });
  return {
    goals: ownGoals.map((goal) => ({
      goal,
      indicators: ownIndicators.filter((i) => !underMeasure(i) && i.goal === goal.id),
      measures: ownMeasures.filter((m) => m.goal === goal.id).map(node),
    })),
    looseMeasures: ownMeasures.filter((m) => m.goal === null || !goalIds.has(m.goal)).map(node),
    looseIndicators: ownIndicators.filter((i) => !underMeasure(i) && (i.goal === null || !goalIds.has(i.goal))),
  };
}
