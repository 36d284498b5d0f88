/**
 * The search figures of `npm run bench:search` for one built site, in Debian's Chromium: bytes
 * fetched from the first keystroke to the first result per query on a fresh page, query latency
 * (first time, asked again, every prefix as while typing, trusted keystrokes with Event Timing),
 * main-thread long tasks and the network floor. `bench:national` prints the same for its two sites.
 */
import { readFileSync } from 'node:fs';
import { MANIFEST_FILE, type SearchManifest } from '../../src/lib/search/indexFormat';
import { launchChromium } from '../../test/support/browser';
import { BENCH_QUERIES } from './queries';
import { baselineTyping, fetchRounds, longTasks, timeQuery, typeQuery, watchLongTasks, type QueryTiming } from './measurePage';
import { serveStatic, type Served, type StaticServer } from './staticServer';
import { kb, quantile } from './stats';

/** Targets from the issue, printed beside the figures (the benchmark asserts nothing). */
export const TARGETS = {
  real: { p95: 16, js: 25 * 1024, index: 60 * 1024, total: Number.POSITIVE_INFINITY },
  national: { p95: 50, js: Number.POSITIVE_INFINITY, index: Number.POSITIVE_INFINITY, total: 300 * 1024 },
};

const isJs = (s: Served) => s.path.endsWith('.js');
const isIndex = (s: Served) => /search-index[^/]*\.json$/.test(s.path);
const sum = (list: readonly Served[]) => list.reduce((n, s) => n + s.gzipBytes, 0);

/** Bytes fetched from the first keystroke to the first result, per query, each on a fresh page (nothing cached). */
async function measureBytes(server: StaticServer): Promise<{ query: string; pageJs: number; js: number; index: number }[]> {
  const browser = await launchChromium();
  try {
    const bytes: { query: string; pageJs: number; js: number; index: number }[] = [];
    for (const query of BENCH_QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForLoadState('load');
      const loaded = server.log.length;
      const pageJs = sum(server.log.filter(isJs));
      await timeQuery(page, query);
      const after = server.log.slice(loaded);
      bytes.push({ query, pageJs, js: sum(after.filter(isJs)), index: sum(after.filter(isIndex)) });
      server.log.length = 0;
      await context.close();
    }
    return bytes;
  } finally {
    await browser.close();
  }
}

/** Index files fetched to measure the network floor: as many document blocks as a header query fetches at most (one per kind). */
const floorFiles = (blocks: number) => Array.from({ length: Math.min(blocks, 5) }, (_, b) => `search-index-d${b}.json`);

const stat = (ms: number[]) => `median ${quantile(ms, 0.5).toFixed(1)} ms, p95 ${quantile(ms, 0.95).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms`;

/**
 * Latency on one page of a fresh browser: each query asked once (fetching what it needs), then
 * again (cached), then every prefix as while typing; trusted keystrokes with Event Timing; long
 * tasks on the main thread throughout.
 */
async function measureLatency(server: StaticServer, targetP95: number, blocks: number): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await timeQuery(page, '移住'); // the first use loads the search code and the manifest
    await watchLongTasks(page);
    const first: QueryTiming[] = [];
    const again: QueryTiming[] = [];
    for (const q of BENCH_QUERIES) first.push(await timeQuery(page, q));
    for (const q of BENCH_QUERIES) again.push(await timeQuery(page, q));
    const typing: QueryTiming[] = [];
    for (const q of BENCH_QUERIES) for (let i = 1; i <= q.length; i += 1) typing.push(await timeQuery(page, q.slice(0, i)));
    const slowInputs: number[] = [];
    let keystrokes = 0;
    for (const q of BENCH_QUERIES) {
      slowInputs.push(...(await typeQuery(page, q)));
      keystrokes += q.length;
    }
    const tasks = await longTasks(page);
    const plain = await baselineTyping(page, keystrokes);
    const floor = await fetchRounds(page, floorFiles(blocks));

    const line = (label: string, t: QueryTiming[]) =>
      `${label} (n=${t.length}):\n  results in the DOM: ${stat(t.map((x) => x.ready))}\n  results painted (the next frame of a 60 Hz display, so up to 16.7 ms after they are ready): ${stat(t.map((x) => x.painted))}`;
    console.log(`latency from the input event (target p95 ≤ ${targetP95} ms):`);
    console.log(line('- first time each query', first));
    console.log(line('- asked again (answered from the worker\'s recent outcomes)', again));
    console.log(line('- every prefix, as while typing', typing));
    const slow = (list: number[]) => `${list.length} of ${keystrokes}${list.length ? ` (longest ${Math.max(...list)} ms)` : ''}`;
    console.log(
      `Chromium Event Timing (input event to next paint, 8 ms steps, only ≥ 16 ms reported), ${keystrokes} trusted keystrokes: ` +
        `search box ${slow(slowInputs)}; a plain input with no script ${slow(plain)}`,
    );
    console.log(`long tasks (> 50 ms) on the main thread while searching: ${tasks.length}${tasks.length ? `, longest ${Math.max(...tasks).toFixed(0)} ms` : ''}`);
    console.log(`network floor: one round of ${floorFiles(blocks).length} index files fetched in parallel (no cache) and parsed: ${stat(floor)}`);
  } finally {
    await browser.close();
  }
}

/** Prints the search figures of the built site in `dir` under a heading naming the corpus, against that corpus's targets. */
export async function benchCorpus(name: 'real' | 'national', dir: string): Promise<void> {
  const server = await serveStatic(dir);
  try {
    const bytes = await measureBytes(server);
    const target = TARGETS[name];
    const firstBytes = bytes.map((b) => b.js + b.index);
    console.log(`\n## ${name} corpus (${dir})`);
    console.log(`search loader on every page (JS, gzipped): ${kb(quantile(bytes.map((b) => b.pageJs), 1))} for the whole page's JS`);
    console.log('bytes fetched from the first keystroke to the first result (gzipped, fresh cache):');
    console.log('| query | JS | index | total |\n| --- | --- | --- | --- |');
    for (const b of bytes) console.log(`| ${b.query} | ${kb(b.js)} | ${kb(b.index)} | ${kb(b.js + b.index)} |`);
    console.log(
      `max: JS ${kb(Math.max(...bytes.map((b) => b.js)))} (target ${kb(target.js)}), index ${kb(Math.max(...bytes.map((b) => b.index)))} (target ${kb(target.index)}), total ${kb(Math.max(...firstBytes))} (target ${kb(target.total)})`,
    );
    const manifest = JSON.parse(readFileSync(`${dir}/${MANIFEST_FILE}`, 'utf8')) as SearchManifest;
    await measureLatency(server, target.p95, manifest.blocks);
  } finally {
    await server.close();
  }
}
