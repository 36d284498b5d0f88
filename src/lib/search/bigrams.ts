/**
 * Character bigrams: the prefilter keys of the search index. A record is a candidate for a term
 * when it contains enough of the term's bigrams; fuse.js then scores the few candidates.
 */

/** Most bigrams of one term looked up; more add fetches but hardly any precision. */
export const MAX_TERM_BIGRAMS = 6;

/**
 * Distinct bigrams of a normalized text, in order of first appearance; none span a space.
 * `bigramsOf('子育て あぷり')` → ['子育', '育て', 'あぷ', 'ぷり'].
 */
export function bigramsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const word of text.split(' ')) {
    for (let i = 0; i + 2 <= word.length; i += 1) seen.add(word.slice(i, i + 2));
  }
  return [...seen];
}

/**
 * Edits a term may contain and still be found: none up to 3 characters (so that `dx` or `移住`
 * match exactly), one from 4, two from 8. `allowedEdits('子育てあぷり')` → 1.
 */
export function allowedEdits(term: string): number {
  if (term.length <= 3) return 0;
  return term.length < 8 ? 1 : 2;
}

/**
 * The bigrams of a term to look up: every one for a short term, else up to MAX_TERM_BIGRAMS,
 * spread over the term and, when document frequencies are known, the rarest first.
 * `pickBigrams('子育てあぷり')` → ['子育', '育て', 'てあ', 'あぷ', 'ぷり'].
 */
export function pickBigrams(term: string, frequency: (bigram: string) => number = () => 0): string[] {
  const all = bigramsOf(term);
  if (all.length <= MAX_TERM_BIGRAMS) return all;
  // Rarest first; ties keep their position so that the choice is deterministic.
  const ranked = all.map((b, i) => ({ b, i, f: frequency(b) })).sort((x, y) => x.f - y.f || x.i - y.i);
  return ranked.slice(0, MAX_TERM_BIGRAMS).sort((x, y) => x.i - y.i).map((x) => x.b);
}

/**
 * How many of the picked bigrams a record must contain: all for an exact term, else all but
 * two per allowed edit (one substitution breaks at most two bigrams), at least one and at
 * least half. `requiredBigrams('子育てあぷり', 5)` → 3.
 */
export function requiredBigrams(term: string, picked: number): number {
  if (picked === 0) return 0;
  const edits = allowedEdits(term);
  return Math.max(1, Math.ceil(picked / 2), picked - 2 * edits);
}
