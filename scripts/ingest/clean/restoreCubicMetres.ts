/**
 * Puts back the `³` of cubic metres that NFKC turned into a plain `3`, when `m3` follows a number.
 * `'5,533 m 3 (H26～H30 平均)'` → `'5,533m³ (H26～H30 平均)'`; `'m3'` alone stays.
 */
export function restoreCubicMetres(line: string): string {
  return line.replace(/(\d) ?m ?[3³](?![\d.,])/g, '$1m³');
}
