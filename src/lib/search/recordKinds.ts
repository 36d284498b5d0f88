/**
 * The kinds of search results, in the order their groups are shown. Cities are searched in the
 * manifest's city table; every other kind is a document of the index.
 */
export const RESULT_KINDS = ['city', 'plan', 'goal', 'measure', 'action', 'indicator'] as const;

/** A kind of search result, e.g. `'measure'`. */
export type ResultKind = (typeof RESULT_KINDS)[number];

/** The kinds stored as index documents, in ordinal order (everything but cities). */
export const DOC_KINDS = ['plan', 'goal', 'measure', 'action', 'indicator'] as const;

/** A kind stored as an index document. */
export type DocKind = (typeof DOC_KINDS)[number];

/** Narrows a string (e.g. a URL parameter) to a result kind: `toResultKind('goal')` → 'goal'; `'x'` → null. */
export function toResultKind(value: string | null | undefined): ResultKind | null {
  return RESULT_KINDS.find((k) => k === value) ?? null;
}
