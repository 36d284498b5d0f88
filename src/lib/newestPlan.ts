import type { Plan } from '../schemas/plan';

/**
 * The newest plan: latest period start, then latest publication (a stated date beats none), then id.
 * 第3期 draft (FY2025–2029) beats 第2期 (FY2020–2024, published 2020-03); [] → undefined.
 */
export function newestPlan<P extends Pick<Plan, 'id' | 'periodStart' | 'published'>>(plans: readonly P[]): P | undefined {
  return [...plans].sort(
    (a, b) =>
      b.periodStart - a.periodStart || (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id),
  )[0];
}
