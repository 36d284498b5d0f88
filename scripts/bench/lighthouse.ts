/**
 * `npm run bench:lighthouse` — after `npm run build`: serves dist/ with `astro preview` and runs
 * Lighthouse (mobile: its default config, simulated slow 4G and 4× CPU slowdown, a Moto G Power
 * sized screen) in Debian's Chromium over one URL per page type, then prints the performance,
 * accessibility, best-practices and SEO scores and the lab Core Web Vitals: LCP, CLS, and TBT as
 * the lab proxy for INP. Figures only: nothing asserts on them (lab scores vary with the machine).
 * Options: `--only <type>` (repeatable) to run some page types.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startPreview } from '../check/startPreview';

/** One URL per page type (paths under the base). */
const PAGES: [type: string, path: string][] = [
  ['home', ''],
  ['cities', 'cities/'],
  ['city', 'cities/012360-hokuto/'],
  ['themes', 'themes/'],
  ['theme', 'themes/jobs/'],
  ['compare', 'compare/'],
  ['indicators', 'indicators/'],
  ['framework', 'framework/'],
  ['source', 'sources/001_c90401aa62130a51/'],
  ['data', 'data/'],
  ['about', 'about/'],
  ['methodology', 'methodology/'],
  ['search', 'search/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Debian's Chromium, headless, offline-friendly (no background connections), as root. */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const { values } = parseArgs({ options: { only: { type: 'string', multiple: true } } });
if (!existsSync('dist/index.html')) throw new Error('dist/index.html is missing: run `npm run build` first');
const pages = values.only ? PAGES.filter(([type]) => values.only!.includes(type)) : PAGES;

const preview = await startPreview({ root: process.cwd(), base: process.env.BASE_PATH });
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
const rows: string[][] = [];
try {
  for (const [type, path] of pages) {
    const result = await lighthouse(`${preview.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error(`lighthouse gave no result for /${path}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`lighthouse on /${path}: ${runtimeError.code} ${runtimeError.message}`);
    const score = (id: string) => String(Math.round((categories[id]?.score ?? Number.NaN) * 100));
    const ms = (id: string) => `${Math.round(audits[id]?.numericValue ?? Number.NaN)} ms`;
    rows.push([type, `/${path}`, ...CATEGORIES.map(score), ms('largest-contentful-paint'), (audits['cumulative-layout-shift']?.numericValue ?? Number.NaN).toFixed(3), ms('total-blocking-time')]);
    console.error(`lighthouse: ${type} done`);
  }
} finally {
  chrome.kill();
  await preview.stop();
}

const header = ['page type', 'URL', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'CLS', 'TBT (INP proxy)'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
