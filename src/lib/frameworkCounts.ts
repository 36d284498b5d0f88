import type { NationalGoal } from '../schemas/nationalGoal';
import { corresponds, nationalGoalsOf, type AlignedGoal } from './frameworkAlignment';

/** How many city goals, and of how many towns, correspond to one national goal (or to none). */
export interface FrameworkCount {
  goals: number;
  towns: number;
}

/** The alignment counted over every town instead of laid out per town. */
export interface FrameworkCounts {
  rows: ({ national: NationalGoal } & FrameworkCount)[];
  /** Goals that share no theme with any national goal of the generation. */
  unmatched: FrameworkCount;
}

/**
 * Counts, for each national goal of a generation (in the order of `frameworkAlignment`), the city
 * goals that correspond to it and their towns, by the same rule; one pass over the goals.
 * 北斗市 基本目標1 (jobs) counts once under 国 基本目標1 (jobs) and once under 横断的な目標1 (jobs, community-safety).
 */
export function frameworkCounts(national: readonly NationalGoal[], goals: readonly Pick<AlignedGoal, 'municipality' | 'themes'>[], generation: number): FrameworkCounts {
  const nationals = nationalGoalsOf(national, generation);
  const towns = nationals.map(() => new Set<string>());
  const counts = nationals.map(() => 0);
  const unmatchedTowns = new Set<string>();
  let unmatched = 0;
  for (const goal of goals) {
    let any = false;
    nationals.forEach((n, i) => {
      if (!corresponds(goal, n)) return;
      any = true;
      counts[i] = (counts[i] ?? 0) + 1;
      towns[i]?.add(goal.municipality);
    });
    if (!any) {
      unmatched += 1;
      unmatchedTowns.add(goal.municipality);
    }
  }
  return {
    rows: nationals.map((national, i) => ({ national, goals: counts[i] ?? 0, towns: towns[i]?.size ?? 0 })),
    unmatched: { goals: unmatched, towns: unmatchedTowns.size },
  };
}
