/**
 * `npm run bench:pages` — after `npm run build`, walks dist/ and prints, per page type, the gzipped
 * bytes of each page's HTML and of the JavaScript it loads: its `<script src>` files with every
 * module they import statically, plus its inline scripts; chunks loaded later with import() are
 * counted apart. Figures only: page types and budgets come from budgets.json and are printed beside
 * the figures; `npm run check:budgets` is the gate. The measuring lives in scripts/check/weighPages.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { budgetsSchema } from '../check/budgetsSchema';
import { pageTypeOf } from '../check/findOverBudget';
import { normalizeBase, weighSite } from '../check/weighPages';

const budgets = budgetsSchema.parse(JSON.parse(readFileSync('budgets.json', 'utf8')));
const pages = weighSite(path.resolve('dist'), normalizeBase(process.env.BASE_PATH ?? '/'));

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(['page type', 'pages', 'JS gz (max)', 'JS budget', 'lazy JS gz (max)', 'HTML gz (median)', 'HTML gz (max)', 'HTML budget', 'largest page'].join('\t'));
for (const type of budgets.pages) {
  const rows = pages.filter((p) => pageTypeOf(p.route, budgets.pages) === type);
  if (rows.length === 0) continue;
  const max = (k: 'html' | 'js' | 'lazy') => Math.max(...rows.map((r) => r[k]));
  const htmls = rows.map((r) => r.html).sort((a, b) => a - b);
  const largest = rows.reduce((a, r) => (r.html + r.js > a.html + a.js ? r : a));
  const jsBudget = `${kb(type.js)}${type.includeLazy ? ' (incl. lazy)' : ''}`;
  console.log([type.type, rows.length, kb(max('js')), jsBudget, kb(max('lazy')), kb(htmls[htmls.length >> 1]!), kb(max('html')), kb(type.html), largest.page].join('\t'));
}
