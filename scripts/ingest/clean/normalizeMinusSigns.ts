/** MINUS SIGN −, HYPHEN ‐, NON-BREAKING HYPHEN ‑, FIGURE DASH ‒ (FULLWIDTH HYPHEN-MINUS is already `-` after NFKC). */
const MINUS_LIKE = /[\u2212\u2010\u2011\u2012]/g;

/**
 * Writes minus signs and hyphens as ASCII `-`; leaves `ー` (a long vowel in words), dashes `—` `―` and `△` alone.
 * `'5−1−4'` → `'5-1-4'`; `'−40人'` → `'-40人'`.
 */
export function normalizeMinusSigns(line: string): string {
  return line.replace(MINUS_LIKE, '-');
}
