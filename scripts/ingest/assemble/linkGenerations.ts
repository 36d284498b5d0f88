import type { Indicator } from '../../../src/schemas/indicator';
import type { Plan } from '../../../src/schemas/plan';

/** Character bigrams of a name (NFKC, without brackets and spaces). */
function bigrams(name: string): Set<string> {
  const s = name.normalize('NFKC').replace(/[\s()（）「」『』・、]/g, '');
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return out;
}

/**
 * Dice similarity of two names by character bigrams, 0–1.
 * `nameSimilarity('企業立地数(新函館北斗駅周辺)', '新函館北斗駅周辺への立地企業数')` ≈ 0.6.
 */
export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Names this similar are the same indicator even without a shared family. */
const SAME_NAME = 0.75;
/** Within a family, a candidate must share at least this much of its name. */
const SAME_FAMILY = 0.3;

/**
 * Links each plan to the previous generation of its municipality, and each indicator to its earlier
 * self in that plan (same family and a similar name, or a near-identical name), one to one: the most
 * similar pairs are linked first, so that `北本駅の平日の運行本数` and `…休日の…` (0.8 alike) each find
 * their own earlier self rather than the same one. Returns new objects.
 */
export function linkGenerations(plans: Plan[], indicators: Indicator[]): { plans: Plan[]; indicators: Indicator[] } {
  const linkedPlans = plans.map((plan) => {
    if (plan.generation === null) return plan;
    const earlier = plans
      .filter((p) => p.municipality === plan.municipality && p.generation === plan.generation! - 1 && p.kind !== 'revision')
      .sort((a, b) => a.id.localeCompare(b.id));
    return { ...plan, previousPlan: earlier[0]?.id ?? null };
  });
  const previousOf = new Map(linkedPlans.map((p) => [p.id, p.previousPlan]));
  const byPlan = new Map<string, Indicator[]>();
  for (const ind of indicators) byPlan.set(ind.plan, [...(byPlan.get(ind.plan) ?? []), ind]);
  // Candidate pairs with their places in the input, so that ties keep the input order.
  const pairs: { id: string; previous: string; score: number; at: number; order: number }[] = [];
  indicators.forEach((ind, at) => {
    const previousPlan = previousOf.get(ind.plan);
    if (!previousPlan) return;
    (byPlan.get(previousPlan) ?? []).forEach((candidate, order) => {
      const score = nameSimilarity(ind.name, candidate.name);
      const sameFamily = ind.family !== null && candidate.family === ind.family;
      if ((sameFamily && score >= SAME_FAMILY) || score >= SAME_NAME) pairs.push({ id: ind.id, previous: candidate.id, score, at, order });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.at - b.at || a.order - b.order);
  const previous = new Map<string, string>();
  const taken = new Set<string>();
  for (const pair of pairs) {
    if (previous.has(pair.id) || taken.has(pair.previous)) continue;
    previous.set(pair.id, pair.previous);
    taken.add(pair.previous);
  }
  return { plans: linkedPlans, indicators: indicators.map((ind) => (previous.has(ind.id) ? { ...ind, previous: previous.get(ind.id)! } : ind)) };
}
