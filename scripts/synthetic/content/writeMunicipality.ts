import type { Indicator } from '../../../src/schemas/indicator';
import type { Municipality } from '../../../src/schemas/municipality';
import type { NationalGoal } from '../../../src/schemas/nationalGoal';
import { linkGenerations } from '../../ingest/assemble/linkGenerations';
import { stem } from '../recombine';
import type { Rng } from '../rng';
import { QUALITATIVE_TEMPLATES } from './indicatorCatalogue';
import type { ContentPhrases } from './phrasePool';
import { writePlan, type IndicatorPick, type WrittenPlan } from './writePlan';
import { residentWord } from './writtenForms';

/** Fewest and most indicators a municipality states over all its plans. */
export const INDICATORS_PER_MUNICIPALITY = { min: 30, max: 150 } as const;

/** The generations a town has plans of: one, two or three, the latest ones most often. */
const GENERATIONS: readonly (readonly (1 | 2 | 3)[])[] = [[2], [3], [2, 3], [2, 3], [1, 2], [1, 2, 3], [1, 2, 3]];

/** Share of a plan's indicators carried over from the previous generation (same name, linked as `previous`). */
const CARRIED_OVER = 0.5;

/** Where the national goals a plan quotes come from: the 2nd period's list serves the 3rd too. */
const NATIONAL_GENERATION: Record<1 | 2 | 3, number> = { 1: 1, 2: 2, 3: 2 };

/** Shuffles a copy of a list (Fisher–Yates) with the generator's draws. */
function shuffled<T>(list: readonly T[], rng: Rng): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Writes the plans of one municipality: 1–3 generations sharing 30–150 indicators in all, each
 * later plan carrying about half of the earlier one's indicators over under the same name, linked
 * by the ingest's own linkGenerations (previousPlan, previous).
 */
export function writeMunicipality(m: Municipality, phrases: ContentPhrases, national: readonly NationalGoal[], reportedUntil: number, rng: Rng): WrittenPlan[] {
  const generations = rng.pick(GENERATIONS);
  const total = rng.int(INDICATORS_PER_MUNICIPALITY.min, INDICATORS_PER_MUNICIPALITY.max);
  const fill = (s: string) => s.replaceAll('{city}', stem(m.name)).replaceAll('{resident}', residentWord(m.name));
  const everyPick: IndicatorPick[] = [
    ...phrases.templates.map((template) => ({ template, name: fill(template.name) })),
    ...QUALITATIVE_TEMPLATES.map((qualitative) => ({ qualitative, name: fill(qualitative.name) })),
  ];
  // The first of each name: the catalogue's wording and sizes before a real town's.
  const unique = everyPick.filter((p, i) => everyPick.findIndex((q) => q.name === p.name) === i);
  let previous: IndicatorPick[] = [];
  const plans = generations.map((generation, g) => {
    const count = Math.floor(total / generations.length) + (g === generations.length - 1 ? total % generations.length : 0);
    const carried = shuffled(previous, rng).slice(0, Math.round(count * CARRIED_OVER));
    const names = new Set(carried.map((p) => p.name));
    const fresh = shuffled(unique.filter((p) => !names.has(p.name)), rng).slice(0, count - carried.length);
    const picks = shuffled([...carried, ...fresh], rng);
    previous = picks;
    const draft = generation === 3 && rng.next() < 0.1;
    return writePlan({ municipality: m, generation, draft, picks, nationalGoals: national.filter((n) => n.generation === NATIONAL_GENERATION[generation]), reportedUntil }, phrases, rng);
  });
  const linked = linkGenerations(plans.map((p) => p.plan), plans.flatMap((p) => p.indicators));
  const indicatorsByPlan = new Map<string, Indicator[]>();
  for (const ind of linked.indicators) indicatorsByPlan.set(ind.plan, [...(indicatorsByPlan.get(ind.plan) ?? []), ind]);
  return plans.map((p, i) => ({ ...p, plan: linked.plans[i]!, indicators: indicatorsByPlan.get(p.plan.id) ?? [] }));
}
