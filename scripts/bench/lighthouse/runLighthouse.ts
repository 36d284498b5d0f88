/**
 * Lighthouse (mobile: its default config, simulated slow 4G and 4× CPU slowdown, a Moto G Power
 * sized screen) in Debian's Chromium over pages of a served site: the performance, accessibility,
 * best-practices and SEO scores and the lab Core Web Vitals (LCP, CLS, and TBT as the lab proxy for
 * INP). Used by `bench:lighthouse` and `bench:national --lighthouse`; figures only.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../test/support/browser';

/** One URL per page type (paths under the base). */
export const PAGE_TYPES: [type: string, path: string][] = [
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
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page's figures. */
export interface LighthouseRow {
  type: string;
  path: string;
  /** Category scores 0–100, in the order of CATEGORIES. */
  scores: number[];
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Performance scores of every run, lowest first (the row is the median one). */
  runs: number[];
}

/**
 * Runs Lighthouse on `base + path` for each page, one after another in one headless Chromium; with
 * `runs` > 1, each page that many times, keeping the run of median performance (lab scores vary
 * from run to run, most with the main thread's blocking time).
 */
export async function runLighthouse(base: string, pages: readonly [type: string, path: string][], runs = 1): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const rows: LighthouseRow[] = [];
  try {
    for (const [type, path] of pages) {
      const tries: LighthouseRow[] = [];
      for (let run = 0; run < runs; run++) tries.push(await runOnce(chrome.port, base, type, path));
      tries.sort((a, b) => a.scores[0]! - b.scores[0]!);
      rows.push({ ...tries[Math.floor((tries.length - 1) / 2)]!, runs: tries.map((t) => t.scores[0]!) });
      console.error(`lighthouse: ${type} done`);
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

/** One Lighthouse run of one page. */
async function runOnce(port: number, base: string, type: string, path: string): Promise<LighthouseRow> {
  const result = await lighthouse(`${base}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`lighthouse gave no result for /${path}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`lighthouse on /${path}: ${runtimeError.code} ${runtimeError.message}`);
  const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  return {
    type,
    path,
    scores: CATEGORIES.map((id) => Math.round((categories[id]?.score ?? Number.NaN) * 100)),
    lcpMs: numeric('largest-contentful-paint'),
    cls: numeric('cumulative-layout-shift'),
    tbtMs: numeric('total-blocking-time'),
    runs: [],
  };
}

/** The rows as a Markdown table, with a first column naming the site when `site` is given. */
export function lighthouseTable(rows: readonly LighthouseRow[], site?: string): string {
  const header = [...(site ? ['site'] : []), 'page type', 'URL', 'performance', 'performance of each run', 'accessibility', 'best practices', 'SEO', 'LCP', 'CLS', 'TBT (INP proxy)'];
  const lines = rows.map((r) =>
    [...(site ? [site] : []), r.type, `/${r.path}`, String(r.scores[0]), r.runs.join(', '), ...r.scores.slice(1).map(String), `${Math.round(r.lcpMs)} ms`, r.cls.toFixed(3), `${Math.round(r.tbtMs)} ms`].join(' | '),
  );
  return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...lines.map((l) => `| ${l} |`)].join('\n');
}
