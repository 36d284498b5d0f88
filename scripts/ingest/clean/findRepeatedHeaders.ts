/** How many times a line must recur to count as a page header. */
const MIN_REPEATS = 3;

/**
 * Line numbers of page headers that PDF extraction repeated on every page: a line of at least
 * eight characters whose exact (trimmed) text recurs at least three times.
 * `findRepeatedHeaders(['アクションプラン(2021～2025)', 'x', 'アクションプラン(2021～2025)', …])` → Set {1, 3, …}.
 */
export function findRepeatedHeaders(texts: string[]): Set<number> {
  const seen = new Map<string, number[]>();
  texts.forEach((raw, i) => {
    const text = raw.trim();
    if (text.length < 8) return;
    seen.set(text, [...(seen.get(text) ?? []), i + 1]);
  });
  const headers = new Set<number>();
  for (const lines of seen.values()) if (lines.length >= MIN_REPEATS) lines.forEach((n) => headers.add(n));
  return headers;
}
