/**
 * A share as a whole percentage, rounded down so that 100% means all of them; `-` for no share
 * (nothing to divide by). 0.999 → `99%`, 1 → `100%`, null → `-`.
 */
export function formatPercent(share: number | null): string {
  return share === null ? '-' : `${Math.floor(share * 100 + 1e-9)}%`;
}
