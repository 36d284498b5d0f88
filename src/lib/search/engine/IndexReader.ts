import type { ThemeId } from '../../../schemas/themes';
import { postingLists, themePostings } from '../postingLists';
import { blockFile, INDEX_FORMAT, MANIFEST_FILE, shardFile, shardOf, themeFile, type DocBlock, type DocRow, type PostingShard, type SearchManifest, type ThemePostings } from '../indexFormat';
import { DOC_KINDS, type DocKind } from '../recordKinds';
import { deltaDecode } from '../sortedSets';
import { SEARCH_THEME_IDS } from '../themeIds';

/** Fetches one index file by name and parses its JSON (in the browser: `fetch` under the base path). */
export type LoadFile = (name: string) => Promise<unknown>;

/**
 * Read access to a search index: the manifest, document blocks and postings, each file fetched
 * once and only when a query needs it.
 */
export class IndexReader {
  readonly manifest: SearchManifest;
  /** Total number of documents. */
  readonly size: number;
  /** `kindStart[k]`: first ordinal of DOC_KINDS[k]; one more entry, the total. */
  readonly kindStart: number[];
  /** `cityStart[k][c]`: first ordinal of city c's documents of kind k; one more entry per kind. */
  readonly cityStart: number[][];
  private readonly load: LoadFile;
  private readonly blocks = new Map<number, Promise<DocBlock>>();
  private readonly shards = new Map<number, Promise<PostingShard>>();
  private readonly lists = new Map<string, Promise<Int32Array>>();
  private readonly themeLists = new Map<ThemeId, Promise<Int32Array>>();
  private local: Promise<Map<string, number[]>> | undefined;

  /** Reads a manifest already fetched: `new IndexReader(manifest, load)`. */
  constructor(manifest: SearchManifest, load: LoadFile) {
    if (manifest.format !== INDEX_FORMAT) throw new Error(`search index format ${manifest.format}, expected ${INDEX_FORMAT}`);
    this.manifest = manifest;
    this.load = load;
    this.kindStart = [0];
    this.cityStart = manifest.runs.map((counts, k) => {
      const starts = [this.kindStart[k] ?? 0];
      for (const n of counts) starts.push((starts[starts.length - 1] ?? 0) + n);
      this.kindStart.push(starts[starts.length - 1] ?? 0);
      return starts;
    });
    this.size = this.kindStart[this.kindStart.length - 1] ?? 0;
  }

  /** Fetches the manifest and opens the index. */
  static async open(load: LoadFile): Promise<IndexReader> {
    return new IndexReader((await load(MANIFEST_FILE)) as SearchManifest, load);
  }

  /** Index in DOC_KINDS of a document ordinal's kind (-1 outside the index). */
  private kindIndexOf(ordinal: number): number {
    return this.kindStart.findIndex((start, i) => ordinal >= start && ordinal < (this.kindStart[i + 1] ?? 0));
  }

  /** The city index of a document ordinal (binary search over its kind's city starts). */
  cityOf(ordinal: number): number {
    const starts = this.cityStart[this.kindIndexOf(ordinal)] ?? [];
    let lo = 0;
    let hi = starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= ordinal) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Ordinal range [from, to) of a kind, optionally of one city. */
  range(kind: DocKind, city: number | null = null): [number, number] {
    const k = DOC_KINDS.indexOf(kind);
    if (city === null) return [this.kindStart[k] ?? 0, this.kindStart[k + 1] ?? 0];
    const starts = this.cityStart[k] ?? [];
    return [starts[city] ?? 0, starts[city + 1] ?? 0];
  }

  /** Whether a document's block is already loaded (no fetch needed to read it). */
  isLoaded(ordinal: number): boolean {
    return this.blocks.has(Math.floor(ordinal / this.manifest.blockSize));
  }

  /** The documents of some ordinals, fetching the blocks they lie in (in parallel). */
  async docs(ordinals: readonly number[]): Promise<Map<number, DocRow>> {
    const size = this.manifest.blockSize;
    const needed = [...new Set(ordinals.map((o) => Math.floor(o / size)))];
    const loaded = await Promise.all(needed.map((b) => this.block(b)));
    const out = new Map<number, DocRow>();
    for (const o of ordinals) {
      const row = loaded[needed.indexOf(Math.floor(o / size))]?.[o % size];
      if (row) out.set(o, row);
    }
    return out;
  }

  /** Ascending ordinals of the documents containing a bigram. */
  postings(bigram: string): Promise<Int32Array> {
    return once(this.lists, bigram, () => this.readPostings(bigram));
  }

  /** Ascending ordinals of the documents on a theme. */
  themeOrdinals(theme: ThemeId): Promise<Int32Array> {
    return once(this.themeLists, theme, () =>
      this.manifest.postings === null
        ? this.block(0).then((rows) => Int32Array.from(themePostings(rows, theme)))
        : this.load(themeFile(SEARCH_THEME_IDS.indexOf(theme))).then((json) => deltaDecode(json as ThemePostings)),
    );
  }

  /** Known document frequency of a bigram (0 when the manifest does not name it as frequent). */
  frequency(bigram: string): number {
    return this.manifest.postings?.frequent[bigram] ?? 0;
  }

  private block(b: number): Promise<DocBlock> {
    return once(this.blocks, b, () => this.load(blockFile(b)).then((json) => json as DocBlock));
  }

  private async readPostings(bigram: string): Promise<Int32Array> {
    const sharded = this.manifest.postings;
    if (sharded === null) {
      // Small corpus: one block holds every document; build the postings once in the browser.
      this.local ??= this.block(0).then((rows) => postingLists(rows));
      this.local.catch(() => (this.local = undefined));
      return Int32Array.from((await this.local).get(bigram) ?? []);
    }
    const s = shardOf(bigram, sharded.shards);
    const shard = await once(this.shards, s, () => this.load(shardFile(s)).then((json) => json as PostingShard));
    return deltaDecode(shard[bigram] ?? []);
  }
}

/**
 * The promise kept under `key`, made by `make` on first use. A promise that rejects (a failed
 * fetch) is forgotten, so the next query fetches the file again instead of failing for good.
 */
function once<K, V>(cache: Map<K, Promise<V>>, key: K, make: () => Promise<V>): Promise<V> {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
    value.catch(() => cache.delete(key));
  }
  return value;
}
