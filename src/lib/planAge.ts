import type { Plan } from '../schemas/plan';
import { buildDay } from './buildDay';

/**
 * The Japanese fiscal year (April to March) of a `YYYY-MM-DD` day: '2026-12-02' → 2026,
 * '2026-03-31' → 2025, '2026-04-01' → 2026.
 */
export function fiscalYearOf(day: string): number {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(day);
  if (!match) throw new RangeError(`fiscalYearOf: expected YYYY-MM-DD, got "${day}"`);
  const year = Number(match[1]);
  return Number(match[2]) >= 4 ? year : year - 1;
}

/** Whether a plan's period is over by a fiscal year: FY2020–2024 in FY2025 → true; in FY2024 → false. */
export function planEnded(plan: Pick<Plan, 'periodEnd'>, fiscalYear: number): boolean {
  return plan.periodEnd < fiscalYear;
}

/** The fiscal year of the build date (see lib/buildDay.ts): what "ended" is judged against on every page. */
export function buildFiscalYear(): number {
  return fiscalYearOf(buildDay());
}
