/**
 * The files of the search index, written at build time by buildSearchIndex and read by the
 * engine in the browser. Documents are numbered by an ordinal: kind first (DOC_KINDS order),
 * then municipality code, then reading order, so a city's records of one kind are one range.
 */

/** A city of the manifest: code, name, reading, romanized stem, prefecture index. */
export type CityRow = [code: string, name: string, kana: string, romaji: string, prefecture: number];

/** Bump when the file shapes change, so a cached old index is never read as a new one. */
export const INDEX_FORMAT = 2;

/** The manifest, `search-index.json`: everything the engine needs before it fetches a part. */
export interface SearchManifest {
  format: typeof INDEX_FORMAT;
  cities: CityRow[];
  /** Prefecture name and reading, indexed by CityRow's prefecture. */
  prefectures: [name: string, kana: string][];
  /** `runs[k][c]`: how many documents of DOC_KINDS[k] city c has (cities in `cities` order). */
  runs: number[][];
  /** Documents per block file `search-index-d<n>.json`. */
  blockSize: number;
  blocks: number;
  /**
   * Bigram postings: null when the engine builds them itself from the documents (a corpus small
   * enough to fetch whole); else the number of shard files `search-index-p<n>.json` and the
   * document frequency of the most frequent bigrams (so the engine can skip them). Such an index
   * also has, per theme, its documents: `search-index-t<n>.json` (n in SEARCH_THEME_IDS order).
   */
  postings: { shards: number; frequent: Record<string, number> } | null;
}

/**
 * One document: fragment id on its city page, source document and line ('' and 0 when none),
 * theme mask, title as written, further texts as written (sub-title, description, details,
 * values…), and the page of its town that holds it (from 1; src/lib/cityPages).
 */
export type DocRow = [anchor: string, document: string, line: number, themes: number, title: string, details: string[], page: number];

/** A block file: consecutive documents from ordinal `block × blockSize`. */
export type DocBlock = DocRow[];

/** A postings shard: each bigram's ordinals, delta-encoded (first ordinal, then differences). */
export type PostingShard = Record<string, number[]>;

/** A theme file: the ordinals of the documents on one theme, delta-encoded. */
export type ThemePostings = number[];

/** Name of the manifest file. */
export const MANIFEST_FILE = 'search-index.json';

/** Name of a block file: `blockFile(3)` → 'search-index-d3.json'. */
export function blockFile(block: number): string {
  return `search-index-d${block}.json`;
}

/** Name of a postings shard: `shardFile(12)` → 'search-index-p12.json'. */
export function shardFile(shard: number): string {
  return `search-index-p${shard}.json`;
}

/** Name of a theme's postings: `themeFile(1)` → 'search-index-t1.json' (the theme SEARCH_THEME_IDS[1]). */
export function themeFile(theme: number): string {
  return `search-index-t${theme}.json`;
}

/**
 * The shard of a bigram (FNV-1a over its UTF-16 units), the same at build time and in the browser.
 * `shardOf('移住', 1)` → 0.
 */
export function shardOf(bigram: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bigram.length; i += 1) {
    hash ^= bigram.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}
