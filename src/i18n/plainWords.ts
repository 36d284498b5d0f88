/**
 * Contributors' words that reach pages through the notes of the manifests (plan notes), each
 * with what a reader is told instead: file names, field names and the ingest's own terms mean
 * nothing to someone reading about a town. Better still is a note written plainly at the source;
 * test/unit/i18n/plainWords.test.ts fails on any note whose developer words are not covered here.
 */
export const PLAIN_WORDS: readonly { dev: string; plain: string }[] = [
  { dev: ' (impliedByPlanPeriod)', plain: '' },
  { dev: ' 訂正レイヤー (seeds/corrections.yaml) で', plain: '訂正で' },
  { dev: 'シードにない', plain: 'このサイトには収録していない' },
];

/** What marks developer words in a text shown to readers: file paths, file names, camelCase field names, the seed folder. */
export const DEVELOPER_WORDS: readonly RegExp[] = [
  /\b(seeds|content|src|scripts)\//,
  /\.(txt|ts|yaml|json)\b/,
  /\b[a-z]+[A-Z][a-zA-Z]+\b/,
  /SOURCE_DATE_EPOCH/,
  /シード/,
];

/** A note in words for people: `plainWords('本文はシードにない。')` → '本文はこのサイトには収録していない。'. */
export function plainWords(text: string): string {
  return PLAIN_WORDS.reduce((s, { dev, plain }) => s.split(dev).join(plain), text);
}
