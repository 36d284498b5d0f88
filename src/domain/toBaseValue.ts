/**
 * A value in the unit as written, in its base unit: the value times 10^exponent, shifted in
 * decimal so that no binary rounding shows (`76` 万 → 760000, `26.43` 億 → 2643000000, not
 * 2643000000.0000005); null stays null. `toBaseValue(1.5, 4)` → 15000; `toBaseValue(3.4, 3)` → 3400.
 */
export function toBaseValue(value: number | null, exponent: number): number | null {
  if (value === null || exponent === 0) return value;
  if (!Number.isFinite(value) || !Number.isInteger(exponent)) throw new RangeError(`toBaseValue: cannot scale ${value} by 10^${exponent}`);
  // The shortest decimal of the value (what the text wrote), its exponent moved: the nearest double to the exact product.
  const [mantissa, power = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(power) + exponent}`);
}
