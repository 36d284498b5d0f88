import type { MunicipalityIdentity } from '../../schemas/municipality';
import { blockFile, INDEX_FORMAT, MANIFEST_FILE, shardFile, shardOf, themeFile, type CityRow, type DocRow, type PostingShard, type SearchManifest } from './indexFormat';
import { postingLists, themePostings } from './postingLists';
import { DOC_KINDS } from './recordKinds';
import type { SearchRecord } from './searchRecords';
import { deltaEncode } from './sortedSets';
import { SEARCH_THEME_IDS } from './themeIds';
import { themeMask } from './themeMask';

/** How the index is cut into files. */
export interface IndexLayout {
  /** Documents per block file. */
  blockSize: number;
  /** Postings shard files; 0 lets the engine build the postings from the documents itself. */
  shards: number;
  /** How many of the most frequent bigrams the manifest names with their frequency. */
  frequent: number;
}

/**
 * Up to this many documents the whole index is one block and the browser builds its own postings:
 * fetching ~30 kB once beats many small fetches. Above it, blocks of 128 documents and 4,096
 * postings shards, chosen on the national corpus with `npm run bench:search -- --only national
 * [--shards n] [--block-size n]`: with 1,024 shards a query fetched up to 263 kB before its first
 * result, with 4,096 at most 168 kB and typing got faster (p95 51 → 43 ms); blocks of 32 saved
 * 15 kB more but were no faster and made 15,025 files instead of 6,837.
 */
export const SINGLE_FILE_LIMIT = 4_000;

/** The layout for a corpus of `docs` documents: `layoutFor(400)` → { blockSize: 400, shards: 0, … }. */
export function layoutFor(docs: number): IndexLayout {
  return docs <= SINGLE_FILE_LIMIT
    ? { blockSize: Math.max(1, docs), shards: 0, frequent: 0 }
    : { blockSize: 128, shards: 4096, frequent: 400 };
}

/** The built index: file name → JSON value, and the manifest. */
export interface BuiltIndex {
  manifest: SearchManifest;
  files: Map<string, unknown>;
}

const kindRank = (r: SearchRecord) => DOC_KINDS.indexOf(r.kind);

/** Reading order within a kind: municipality, source document, line, anchor, title. */
function compareRecords(a: SearchRecord, b: SearchRecord): number {
  return (
    kindRank(a) - kindRank(b) ||
    a.municipality.localeCompare(b.municipality) ||
    (a.source?.document ?? '').localeCompare(b.source?.document ?? '') ||
    (a.source?.line ?? 0) - (b.source?.line ?? 0) ||
    a.anchor.localeCompare(b.anchor) ||
    a.title.localeCompare(b.title)
  );
}

/**
 * Numbers the records and writes the manifest, the document blocks and (for a large corpus)
 * the postings shards and the theme postings. Output is byte-identical from run to run.
 * 4 cities and 410 records → files 'search-index.json' and 'search-index-d0.json'.
 */
export function buildSearchIndex(
  municipalities: readonly MunicipalityIdentity[],
  records: readonly SearchRecord[],
  layout: IndexLayout = layoutFor(records.length),
): BuiltIndex {
  const sortedCities = [...municipalities].sort((a, b) => a.code.localeCompare(b.code));
  const prefectures: [string, string][] = [];
  const prefectureIndex = new Map<string, number>();
  const cityIndex = new Map<string, number>();
  const cities: CityRow[] = sortedCities.map((m, i) => {
    if (!prefectureIndex.has(m.prefecture)) {
      prefectureIndex.set(m.prefecture, prefectures.length);
      prefectures.push([m.prefecture, m.prefectureKana]);
    }
    cityIndex.set(m.code, i);
    return [m.code, m.name, m.kana, m.romaji, prefectureIndex.get(m.prefecture) ?? 0];
  });

  const sorted = [...records].sort(compareRecords);
  const runs = DOC_KINDS.map(() => cities.map(() => 0));
  const rows: DocRow[] = sorted.map((r) => {
    const city = cityIndex.get(r.municipality);
    if (city === undefined) throw new Error(`search record ${r.anchor} names municipality ${r.municipality}, which has no city row`);
    const counts = runs[kindRank(r)];
    if (counts) counts[city] = (counts[city] ?? 0) + 1;
    return [r.anchor, r.source?.document ?? '', r.source?.line ?? 0, themeMask(r.themes), r.title, r.details, r.page];
  });

  const files = new Map<string, unknown>();
  const blocks = Math.max(1, Math.ceil(rows.length / layout.blockSize));
  for (let b = 0; b < blocks; b += 1) files.set(blockFile(b), rows.slice(b * layout.blockSize, (b + 1) * layout.blockSize));

  let postings: SearchManifest['postings'] = null;
  if (layout.shards > 0) {
    const lists = postingLists(rows);
    const shards: PostingShard[] = Array.from({ length: layout.shards }, () => ({}));
    for (const [bigram, ordinals] of [...lists].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const shard = shards[shardOf(bigram, layout.shards)];
      if (shard) shard[bigram] = deltaEncode(ordinals);
    }
    shards.forEach((shard, s) => files.set(shardFile(s), shard));
    SEARCH_THEME_IDS.forEach((theme, t) => files.set(themeFile(t), deltaEncode(themePostings(rows, theme))));
    const frequent = [...lists]
      .sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1))
      .slice(0, layout.frequent);
    postings = { shards: layout.shards, frequent: Object.fromEntries(frequent.map(([b, list]) => [b, list.length])) };
  }

  const manifest: SearchManifest = { format: INDEX_FORMAT, cities, prefectures, runs, blockSize: layout.blockSize, blocks, postings };
  files.set(MANIFEST_FILE, manifest);
  return { manifest, files };
}
