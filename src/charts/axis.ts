import type { ScaleLinear } from 'd3-scale';
import { scaleLinear } from 'd3-scale';

/** One tick of an axis: its value, where it sits and its label. */
export interface Tick {
  value: number;
  position: number;
  label: string;
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
 * The value domain of an axis: zero is included when the values lie on one side of it and are
 * not all far from it (so lengths compare honestly), otherwise the extent is used; one value is
 * shown from zero; each end other than zero gets 5 % room, and the result is rounded out to nice numbers.
 * [187, 380] → [0, 400]; [31, 50] → [30, 52]; [76, 90] → [74, 92]; [-55, 0] → [-60, 0]; [6.6] → [0, 7].
 */
export function valueDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo >= 0 && lo <= hi / 2) lo = 0;
  if (hi <= 0 && hi >= lo / 2) hi = 0;
  if (lo === hi) {
    if (lo > 0) lo = 0;
    else if (hi < 0) hi = 0;
    else hi = 1;
  }
  // Room beyond the data so no mark sits on the edge (a zero end stays at zero).
  const pad = (hi - lo) * 0.05;
  if (lo !== 0) lo -= pad;
  if (hi !== 0) hi += pad;
  const [a, b] = scaleLinear().domain([lo, hi]).nice().domain() as [number, number];
  return [a, b];
}
