import { normalizeForSearch } from './normalize';

/** Longest query kept, in characters: longer input is cut (nobody types more; it bounds the work). */
export const MAX_QUERY_LENGTH = 64;

/**
 * The normalized terms of a query: split on white space, duplicates dropped, order kept.
 * `queryTerms('  北斗　子育てアプリ 北斗 ')` → ['北斗', '子育てあぷり'].
 */
export function queryTerms(query: string): string[] {
  const normalized = normalizeForSearch(query.slice(0, MAX_QUERY_LENGTH));
  return [...new Set(normalized.split(' ').filter((t) => t.length > 0))];
}
