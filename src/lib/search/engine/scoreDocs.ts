import Fuse from 'fuse.js/basic';

/** Normalized texts of one document: title first, then further texts. */
export type DocTexts = readonly string[];

/** How one term matched one document: its Fuse score and matched ranges per text (normalized, [start, end)). */
export interface TermMatch {
  score: number;
  ranges: Map<number, [number, number][]>;
}

/**
 * Fuse options: whole texts are searched (`ignoreLocation`), so a match deep in a description
 * counts; titles weigh twice as much as further texts; the threshold lets one edit in four
 * characters through. Texts are normalized already, hence case-sensitive.
 */
const FUSE_OPTIONS = {
  keys: [
    { name: 't', weight: 2 },
    { name: 'd', weight: 1 },
  ],
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  isCaseSensitive: true,
  threshold: 0.34,
  minMatchCharLength: 2,
  shouldSort: false,
};

/** Every exact occurrence of a term in a text: `occurrences('あぷりあぷり', 'あぷり')` → [[0, 3], [3, 6]]. */
export function occurrences(text: string, term: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(term); i !== -1 && term.length > 0; i = text.indexOf(term, i + term.length)) out.push([i, i + term.length]);
  return out;
}

/**
 * Scores documents against each term with fuse.js. Returns, per term, the documents it matches
 * (by position in `docs`) with score and ranges; exact occurrences are preferred for the ranges,
 * Fuse's fuzzy ranges used when there are none.
 * `scoreDocs([['子育てあぷり']], ['子育てあぷる'])[0].get(0)?.score` → about 0.17.
 */
export function scoreDocs(docs: readonly DocTexts[], terms: readonly string[]): Map<number, TermMatch>[] {
  const items = docs.map((texts) => ({ t: texts[0] ?? '', d: texts.slice(1) }));
  const fuse = new Fuse(items, FUSE_OPTIONS);
  return terms.map((term) => {
    const out = new Map<number, TermMatch>();
    for (const result of fuse.search(term)) {
      const texts = docs[result.refIndex] ?? [];
      const ranges = new Map<number, [number, number][]>();
      texts.forEach((text, i) => {
        const exact = occurrences(text, term);
        if (exact.length > 0) ranges.set(i, exact);
      });
      if (ranges.size === 0) {
        for (const m of result.matches ?? []) {
          const field = m.key === 't' ? 0 : 1 + (m.refIndex ?? 0);
          ranges.set(field, [...(ranges.get(field) ?? []), ...m.indices.map(([a, b]): [number, number] => [a, b + 1])]);
        }
      }
      out.set(result.refIndex, { score: result.score ?? 1, ranges });
    }
    return out;
  });
}
