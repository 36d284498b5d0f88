import { nice, ticks } from 'd3-array';
import type { ScaleLinear } from 'd3-scale';
import { numberFormat } from '../i18n/intl';

/** One tick of an axis: its value, where it sits and its label. */
export interface Tick {
  value: number;
  position: number;
  label: string;
}

/**
 * A linear scale from a value domain to a pixel range, for the charts drawn in the browser too
 * (dumbbell, ambition, distribution): d3-array's ticks without the rest of d3-scale, whose colour
 * interpolation and number formatting those charts never use. `linearScale([0, 50], [0, 500])(10)` → 100.
 */
export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
  ticks(count: number): number[];
}

export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = (value: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + (value - d0) * k);
  return Object.assign(scale, { domain: (): [number, number] => [d0, d1], range: (): [number, number] => [r0, r1], ticks: (count: number) => ticks(d0, d1, count) });
}

/** Ticks of a value axis, positioned, their labels left for readableTicks: `valueTicks(linearScale([0, 50], [0, 500]), 5)` → 0…50 at 0…500. */
export function valueTicks(scale: LinearScale, count = 5): Tick[] {
  return scale.ticks(count).map((value) => ({ value, position: scale(value), label: '' }));
}

/**
 * Ticks of a linear scale, labelled with d3-format through the scale's own tick format.
 * `linearTicks(scaleLinear([0, 50], [0, 500]), 5)` → 0, 10, 20, 30, 40, 50 at 0, 100, …, 500.
 */
export function linearTicks(scale: ScaleLinear<number, number>, count = 5): Tick[] {
  const format = scale.tickFormat(count);
  return scale.ticks(count).map((value) => ({ value, position: scale(value), label: format(value) }));
}

/**
 * How the axes of one figure start: 'zero' (every panel from zero, so lengths compare), 'extent'
 * (every panel over its own values only), or 'auto' (each axis decides, see valueDomain).
 */
export type AxisPolicy = 'auto' | 'zero' | 'extent';

/** Whether an axis over these values would start at zero: they lie on one side of it and not all far from it. */
export function includesZero(values: readonly number[]): boolean {
  if (values.length === 0) return true;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return (lo >= 0 && lo <= hi / 2) || (hi <= 0 && hi >= lo / 2) || lo === hi;
}

/**
 * One axis policy for the panels of a figure, so no figure mixes axes from zero with axes that are
 * not: from zero when any panel's values allow it (lengths compare honestly), otherwise every panel
 * over its own values. [[187, 380], [76, 90]] → 'zero'; [[76, 90], [31, 50]] → 'extent'.
 */
export function figureAxisPolicy(panels: readonly (readonly number[])[]): 'zero' | 'extent' {
  return panels.some(includesZero) ? 'zero' : 'extent';
}

/**
 * The value domain of an axis: zero is included when the values lie on one side of it and are
 * not all far from it (so lengths compare honestly), otherwise the extent is used; one value is
 * shown from zero; each end other than zero gets 5 % room, and the result is rounded out to nice numbers.
 * [187, 380] → [0, 400]; [31, 50] → [30, 52]; [76, 90] → [74, 92]; [-55, 0] → [-60, 0]; [6.6] → [0, 7].
 */
export function valueDomain(values: readonly number[], policy: AxisPolicy = 'auto'): [number, number] {
  if (values.length === 0) return [0, 1];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const fromZero = policy === 'zero' || (policy === 'auto' && includesZero(values));
  if (fromZero && lo >= 0) lo = 0;
  if (fromZero && hi <= 0) hi = 0;
  if (lo === hi) {
    if (lo > 0) lo = 0;
    else if (hi < 0) hi = 0;
    else hi = 1;
  }
  // Room beyond the data so no mark sits on the edge (a zero end stays at zero).
  const pad = (hi - lo) * 0.05;
  if (lo !== 0) lo -= pad;
  if (hi !== 0) hi += pad;
  const [a, b] = nice(lo, hi, 10);
  return [a, b];
}

/** From this size on, a tick label groups digits by the language's large units (万 / K, M). */
const COMPACT_FROM = 10_000;

/**
 * Ticks relabelled for an axis in a base unit, readable at any size: large values in the language's
 * compact notation (ja 万 and 億: 760000 → '76万', 5000 → '5,000'; en-GB k and m: '760k', '2.4m'),
 * small ones with grouping and the decimals the step needs (0.5 step → '1.5'); minus as '−'.
 */
export function readableTicks(ticks: readonly Tick[], locale: string): Tick[] {
  const largest = Math.max(0, ...ticks.map((t) => Math.abs(t.value)));
  const step = ticks.length > 1 ? Math.abs(ticks[1]!.value - ticks[0]!.value) : 1;
  const decimals = step > 0 && step < 1 ? Math.min(6, Math.ceil(-Math.log10(step) - 1e-9)) : 0;
  const format =
    largest >= COMPACT_FROM
      ? numberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3, useGrouping: 'always' })
      : numberFormat(locale, { maximumFractionDigits: decimals });
  return ticks.map((t) => ({ ...t, label: format.format(t.value).replace('-', '−') }));
}
