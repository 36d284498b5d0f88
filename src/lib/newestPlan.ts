import type { Plan } from '../schemas/plan';

type Dated = Pick<Plan, 'id' | 'periodStart' | 'published'>;

/** Newest first: latest period start, then latest publication (a stated date beats none), then id. */
const byNewest = (a: Dated, b: Dated) => b.periodStart - a.periodStart || (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id);

/**
 * The newest plan: latest period start, then latest publication (a stated date beats none), then id.
 * 第3期 draft (FY2025–2029) beats 第2期 (FY2020–2024, published 2020-03); [] → undefined.
 */
export function newestPlan<P extends Dated>(plans: readonly P[]): P | undefined {
  return newestPlans(plans, 1)[0];
}

/**
 * The `n` newest plans, newest first, in the order of `newestPlan`:
 * ([第2期 FY2020, 第3期 FY2025, 第1期 FY2015], 2) → [第3期, 第2期].
 */
export function newestPlans<P extends Dated>(plans: readonly P[], n: number): P[] {
  return [...plans].sort(byNewest).slice(0, Math.max(0, n));
}
