/**
 * Words that qualify a value as written (the `note` of a baseline or target, parts joined by `・`
 * at ingest): how the site shows each next to the number. The mechanism is `qualifyValue`
 * (src/lib/qualifyValue.ts); the words live here.
 */

/** Words that make a value approximate (`約2,000人`). */
export const APPROXIMATE_WORDS: readonly string[] = ['約', 'およそ', '概ね', '程度'];

/** Bounds written after the number (`10,000件未満`), with the sign the English pages show before it. */
export const BOUND_WORDS: readonly (readonly [word: string, sign: string])[] = [
  ['以上', '≥'],
  ['以下', '≤'],
  ['未満', '<'],
  ['超', '>'],
];

/** Words that make a target a sum over years (`20人（累計）`). */
export const CUMULATIVE_WORDS: readonly string[] = ['累計'];

/** How the parts of a note are joined at ingest (scripts/ingest/recognize/parseTarget.ts). */
export const NOTE_SEPARATOR = '・';
