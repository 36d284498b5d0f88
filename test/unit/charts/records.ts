/**
 * Real records from content/ (the ingest's output of seeds/), looked up by id so each test names the
 * seed line it stands for. A missing id fails loudly: the content changed and the test must follow.
 */
import { readFileSync } from 'node:fs';
import type { Goal } from '../../../src/schemas/goal';
import type { Indicator } from '../../../src/schemas/indicator';
import type { Measure } from '../../../src/schemas/measure';
import type { NationalGoal } from '../../../src/schemas/nationalGoal';
import type { Plan } from '../../../src/schemas/plan';

const read = <T>(name: string): T[] => JSON.parse(readFileSync(new URL(`../../../content/${name}.json`, import.meta.url), 'utf8')) as T[];

export const indicators = read<Indicator>('indicators');
export const goals = read<Goal>('goals');
export const measures = read<Measure>('measures');
export const plans = read<Plan>('plans');
export const nationalGoals = read<NationalGoal>('framework');

/** The record with an id; throws when content/ has none. */
export function byId<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = list.find((r) => r.id === id);
  if (!found) throw new Error(`content/ has no record ${id}`);
  return found;
}

/** An indicator by id. */
export const indicator = (id: string) => byId(indicators, id);
