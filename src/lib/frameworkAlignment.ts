import type { Goal } from '../schemas/goal';
import type { NationalGoal } from '../schemas/nationalGoal';

/** The fields of a city goal the alignment looks at. */
export type AlignedGoal = Pick<Goal, 'id' | 'plan' | 'municipality' | 'themes' | 'source'>;

/** One national goal with, per city, the city goals that correspond to it. */
export interface AlignmentRow<G extends AlignedGoal> {
  national: NationalGoal;
  cells: Map<string, G[]>;
}

/** City goals laid out against the national goals of one generation. */
export interface FrameworkAlignment<G extends AlignedGoal> {
  rows: AlignmentRow<G>[];
  /** Per city, its goals that share no theme with any national goal of the generation. */
  unmatched: Map<string, G[]>;
}

const KIND_ORDER = { basic: 0, 'cross-cutting': 1 } as const;

/**
 * Whether a city goal corresponds to a national goal: they share at least one theme (the rule
 * stated on /framework/). 北斗市 基本目標1 (jobs) ↔ 国 第2期 基本目標1 (jobs) and 横断的な目標1
 * (jobs, community-safety); a goal without themes corresponds to none.
 */
export function corresponds(goal: Pick<AlignedGoal, 'themes'>, national: Pick<NationalGoal, 'themes'>): boolean {
  return goal.themes.some((theme) => national.themes.includes(theme));
}

/** The national goals of one generation in reading order: basic goals, then cross-cutting goals, by number. */
export function nationalGoalsOf(national: readonly NationalGoal[], generation: number): NationalGoal[] {
  return national.filter((n) => n.generation === generation).sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.number - b.number);
}

/**
 * Aligns every city goal with the national goals of a generation: rows are the national goals
 * (basic goals, then cross-cutting goals, by number), columns the cities in the order given, each
 * cell the city's goals that correspond, in plan and source-line order. A goal may sit in several
 * rows; goals in none are listed apart.
 */
export function frameworkAlignment<G extends AlignedGoal>(
  national: readonly NationalGoal[],
  goals: readonly G[],
  cities: readonly string[],
  generation: number,
): FrameworkAlignment<G> {
  const ordered = [...goals].sort((a, b) => a.plan.localeCompare(b.plan) || a.source.line - b.source.line || a.id.localeCompare(b.id));
  const nationals = nationalGoalsOf(national, generation);
  const forCity = (code: string, keep: (g: G) => boolean) => ordered.filter((g) => g.municipality === code && keep(g));
  return {
    rows: nationals.map((n) => ({ national: n, cells: new Map(cities.map((code) => [code, forCity(code, (g) => corresponds(g, n))])) })),
    unmatched: new Map(cities.map((code) => [code, forCity(code, (g) => !nationals.some((n) => corresponds(g, n)))])),
  };
}
