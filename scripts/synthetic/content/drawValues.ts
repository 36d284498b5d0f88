import type { TargetBasis, TargetKind } from '../../../src/schemas/indicator';
import type { Rng } from '../rng';
import type { IndicatorTemplate } from './indicatorCatalogue';

/** The numbers of one indicator in the unit as written, before they are dated and written out. */
export interface DrawnValues {
  baseline: number;
  kind: TargetKind;
  /** Target value (lower bound of a range); null for increase, decrease, maintain, zero-balance. */
  target: number | null;
  /** Upper bound of a range; null otherwise. */
  targetMax: number | null;
  basis: TargetBasis;
  /** Where the town expects to be at the plan's end, for drawing results on the way. */
  expected: number;
}

/** `round(12.345, 1)` → 12.3: the value as the document writes it. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Keeps a value a count or share can take: not below zero (a balance may be), a share not above 100. */
function clamp(value: number, template: IndicatorTemplate): number {
  const low = template.balance ? value : Math.max(0, value);
  return template.share ? Math.min(100, low) : low;
}

/**
 * Draws a baseline for a town of `population`, and a target the way strategies set them: mostly a
 * number 3–30 % better than the baseline, sometimes a direction only (増加, 減少), a level held
 * (維持), a range, a balance (均衡) or a sum over the plan period (累計).
 * `drawValues(出生数, 44331, rng)` → { baseline: 236, kind: 'number', target: 260, … }.
 */
export function drawValues(template: IndicatorTemplate, population: number, rng: Rng): DrawnValues {
  const [low, high] = template.range;
  const size = template.perThousand ? population / 1000 : 1;
  const baseline = round(clamp((low + rng.next() * (high - low)) * size, template), template.decimals);
  const sign = template.direction === 'up' ? 1 : -1;
  const change = Math.abs(baseline) * (0.03 + rng.next() * 0.27) + (template.decimals === 0 ? 1 : 0);
  const expected = round(clamp(baseline + sign * change, template), template.decimals);
  const roll = rng.next();
  if (template.balance && roll < 0.4) return { baseline, kind: 'zero-balance', target: null, targetMax: null, basis: 'total', expected: 0 };
  if (roll < 0.05) return { baseline, kind: template.direction === 'up' ? 'increase' : 'decrease', target: null, targetMax: null, basis: 'total', expected };
  if (roll < 0.08) return { baseline, kind: 'maintain', target: null, targetMax: null, basis: 'total', expected: baseline };
  if (roll < 0.1) {
    const max = round(clamp(expected + Math.abs(change) * 0.5, template), template.decimals);
    return { baseline, kind: 'range', target: Math.min(expected, max), targetMax: Math.max(expected, max), basis: 'total', expected };
  }
  if (template.cumulative && roll < 0.35) {
    const total = round(Math.max(1, baseline) * 5, template.decimals);
    return { baseline, kind: 'number', target: total, targetMax: null, basis: 'cumulative', expected: total };
  }
  return { baseline, kind: 'number', target: expected, targetMax: null, basis: 'total', expected };
}

/**
 * Results on the way from the baseline to the expected value, with noise, one per fiscal year
 * given: `drawActuals(drawn, [2021, 2022], 0, rng)` → [{ fiscalYear: 2021, value: … }, …].
 */
export function drawActuals(drawn: DrawnValues, years: readonly number[], decimals: number, rng: Rng): { fiscalYear: number; value: number }[] {
  return years.map((fiscalYear, i) => {
    const progress = (i + 1) / (years.length + 1);
    const noise = 1 + (rng.next() - 0.5) * 0.2;
    const value = (drawn.baseline + (drawn.expected - drawn.baseline) * progress) * noise;
    return { fiscalYear, value: round(drawn.baseline < 0 ? value : Math.max(0, value), decimals) };
  });
}
