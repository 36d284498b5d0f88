/** The q-quantile of some numbers (nearest rank): `quantile([1, 2, 3, 4], 0.5)` → 2. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** Kilobytes with one decimal: `kb(2048)` → '2.0 kB'. */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
