import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PageBudget } from '../../check/budgetsSchema';
import { pageTypeOf } from '../../check/findOverBudget';
import { normalizeBase, weighSite, type PageWeight } from '../../check/weighPages';
import { quantile } from '../stats';

/** Gzipped HTML and start-up JavaScript of one page type: how many pages, largest and median. */
export interface TypeWeight {
  type: string;
  pages: number;
  htmlMax: number;
  htmlMedian: number;
  jsMax: number;
  jsMedian: number;
  /** The page with the largest HTML. */
  largest: string;
}

/** What a built site weighs. */
export interface SiteFigures {
  pages: PageWeight[];
  /** Bytes of every file under the output folder. */
  totalBytes: number;
  files: number;
  types: TypeWeight[];
}

/** Bytes and count of the files under a folder. */
function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(path.join(dir, f));
    if (s.isFile()) (bytes += s.size), (files += 1);
  }
  return { bytes, files };
}

/** Weighs a built site per page type of budgets.json (scripts/check/weighPages.ts, as check:budgets does). */
export function siteFigures(dist: string, types: readonly PageBudget[]): SiteFigures {
  const pages = weighSite(path.resolve(dist), normalizeBase(process.env.BASE_PATH ?? '/'));
  const weights = types.flatMap((type) => {
    const own = pages.filter((p) => pageTypeOf(p.route, types) === type);
    if (own.length === 0) return [];
    const js = own.map((p) => (type.includeLazy ? p.js + p.lazy : p.js));
    const html = own.map((p) => p.html);
    const largest = own.reduce((a, p) => (p.html > a.html ? p : a));
    return [{ type: type.type, pages: own.length, htmlMax: Math.max(...html), htmlMedian: quantile(html, 0.5), jsMax: Math.max(...js), jsMedian: quantile(js, 0.5), largest: largest.page }];
  });
  const { bytes, files } = folderSize(dist);
  return { pages, totalBytes: bytes, files, types: weights };
}
