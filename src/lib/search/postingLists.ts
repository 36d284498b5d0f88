import { bigramsOf } from './bigrams';
import { docTexts } from './docText';
import type { DocRow } from './indexFormat';
import { normalizeForSearch } from './normalize';

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
