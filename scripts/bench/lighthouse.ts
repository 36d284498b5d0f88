/**
 * `npm run bench:lighthouse` — after `npm run build`: serves dist/ with `astro preview` and runs
 * Lighthouse over one URL per page type (./lighthouse/runLighthouse.ts), printing a table. Figures
 * only: nothing asserts on them (lab scores vary with the machine).
 * Options: `--only <type>` (repeatable) to run some page types; `--dist <dir>` to serve another
 * built site instead (gzipped, as GitHub Pages serves it; built with no BASE_PATH), e.g. the
 * national build of `bench:national`, tmp/bench-national/national; `--runs <n>` to run each page n
 * times and keep the run of median performance.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startPreview } from '../check/startPreview';
import { lighthouseTable, PAGE_TYPES, runLighthouse } from './lighthouse/runLighthouse';
import { serveStatic } from './staticServer';

const { values } = parseArgs({ options: { only: { type: 'string', multiple: true }, dist: { type: 'string' }, runs: { type: 'string', default: '1' } } });
const dist = values.dist ?? 'dist';
if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: run \`npm run build\` first`);
const unknown = (values.only ?? []).filter((type) => !PAGE_TYPES.some(([t]) => t === type));
if (unknown.length > 0) throw new Error(`--only ${unknown.join(', ')}: no such page type (one of ${PAGE_TYPES.map(([t]) => t).join(', ')})`);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs ${values.runs}: expected a whole number of runs, 1 or more`);
const pages = values.only ? PAGE_TYPES.filter(([type]) => values.only!.includes(type)) : PAGE_TYPES;

/** The served site's root URL and how to stop serving it. */
async function serve(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!values.dist) return startPreview({ root: process.cwd(), base: process.env.BASE_PATH });
  const server = await serveStatic(path.resolve(dist));
  return { url: server.url, stop: () => server.close() };
}

const server = await serve();
try {
  console.log(lighthouseTable(await runLighthouse(server.url, pages, runs)));
} finally {
  await server.stop();
}
