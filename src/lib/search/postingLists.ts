import { bigramsOf } from './bigrams';
import { docTexts } from './docText';
import type { DocRow } from './indexFormat';
import { normalizeForSearch } from './normalize';
import type { ThemeId } from '../../schemas/themes';
import { hasTheme } from './themeMask';

/**
 * Bigram → ascending ordinals of the documents containing it, the first row being `firstOrdinal`.
 * `postingLists([['', '', 0, 0, '移住', []]])` → Map { '移住' → [0] }.
 */
export function postingLists(rows: readonly DocRow[], firstOrdinal = 0): Map<string, number[]> {
  const lists = new Map<string, number[]>();
  rows.forEach((row, i) => {
    for (const bigram of bigramsOf(normalizeForSearch(docTexts(row).join(' ')))) {
      let list = lists.get(bigram);
      if (!list) lists.set(bigram, (list = []));
      list.push(firstOrdinal + i);
    }
  });
  return lists;
}

/**
 * Ascending ordinals of the rows on a theme, the first row being ordinal 0: the theme postings
 * written at build time and, for a single-file index, built by the engine.
 * `themePostings([row with mask 1, row with mask 2], 'childcare')` → [0].
 */
export function themePostings(rows: readonly DocRow[], theme: ThemeId): number[] {
  return rows.flatMap((row, o) => (hasTheme(row[3], theme) ? [o] : []));
}
