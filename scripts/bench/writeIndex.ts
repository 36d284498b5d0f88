import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSearchIndex, layoutFor, type IndexLayout } from '../../src/lib/search/buildSearchIndex';
import { searchRecords } from '../../src/lib/search/searchRecords';
import type { Corpus } from '../synthetic/generateCorpus';

/** A written index: its layout, files, documents, total and largest file gzipped. */
export interface IndexStats {
  layout: IndexLayout;
  files: number;
  docs: number;
  gzipTotal: number;
  gzipLargest: number;
  gzipManifest: number;
}

/**
 * Copies a built site to `outDir` and replaces its search index with one built from `corpus`
 * (so the site's own scripts search the corpus), returning the index's sizes.
 */
export function writeSiteWithIndex(siteDir: string, outDir: string, corpus: Corpus, layout: Partial<IndexLayout> = {}): IndexStats {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(siteDir, outDir, { recursive: true, filter: (src) => !/search-index[^/]*\.json$/.test(src) });
  const records = searchRecords(corpus);
  const used = { ...layoutFor(records.length), ...layout };
  const { files } = buildSearchIndex(corpus.municipalities, records, used);
  const stats: IndexStats = { layout: used, files: files.size, docs: records.length, gzipTotal: 0, gzipLargest: 0, gzipManifest: 0 };
  for (const [name, value] of files) {
    const text = JSON.stringify(value);
    writeFileSync(join(outDir, name), text);
    const gz = gzipSync(text).length;
    stats.gzipTotal += gz;
    stats.gzipLargest = Math.max(stats.gzipLargest, gz);
    if (name === 'search-index.json') stats.gzipManifest = gz;
  }
  if (!readdirSync(outDir).includes('index.html')) throw new Error(`${siteDir} is not a built site (no index.html)`);
  return stats;
}
