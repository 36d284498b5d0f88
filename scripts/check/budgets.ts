/**
 * `npm run check:budgets` — after a build, measures dist/ (scripts/check/weighPages.ts) against
 * budgets.json and fails naming every page or file over its budget: gzipped JavaScript loaded at
 * start and gzipped HTML per page type, the gzipped search index, the raw bytes of each open data
 * file. JavaScript that a page loads only through import() on user action (the search code after
 * the first keystroke) is not counted, except for page types marked `includeLazy`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { budgetsSchema } from './budgetsSchema';
import { findOverBudget, pageTypeOf } from './findOverBudget';
import { normalizeBase, weighFiles, weighSite } from './weighPages';

const dist = path.resolve('dist');
if (!existsSync(path.join(dist, 'index.html'))) throw new Error('dist/index.html is missing: run `npm run build` first');
const parsed = budgetsSchema.safeParse(JSON.parse(readFileSync('budgets.json', 'utf8')));
if (!parsed.success) {
  const issue = parsed.error.issues[0]!;
  throw new Error(`budgets.json: ${issue.path.join('.')}: ${issue.message}`);
}
const budgets = parsed.data;
const pages = weighSite(dist, normalizeBase(process.env.BASE_PATH ?? '/'));
const index = weighFiles(dist, new RegExp(budgets.searchIndex.files));
const data = weighFiles(dist, new RegExp(budgets.data.files));

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const rows = budgets.pages.flatMap((type) => {
  const own = pages.filter((p) => pageTypeOf(p.route, budgets.pages) === type);
  if (own.length === 0) return [];
  const js = Math.max(...own.map((p) => (type.includeLazy ? p.js + p.lazy : p.js)));
  const html = Math.max(...own.map((p) => p.html));
  return [`  ${type.type.padEnd(20)} ${String(own.length).padStart(3)} pages  JS ${kb(js)} / ${kb(type.js)}  HTML ${kb(html)} / ${kb(type.html)}`];
});
console.log(`check:budgets: largest per page type (gzipped, measured / budget)\n${rows.join('\n')}`);
console.log(`  search index ${index.length} files ${kb(index.reduce((n, f) => n + f.gzip, 0))} / ${kb(budgets.searchIndex.gzip)} gz`);
for (const f of data) console.log(`  ${f.file.padEnd(26)} ${kb(f.bytes)} / ${kb(budgets.data.bytes[f.file] ?? 0)}`);

const over = findOverBudget(pages, index, data, budgets);
if (index.length === 0) over.push({ what: budgets.searchIndex.files, measure: 'search index (no file matches)', size: 0, budget: 0 });
for (const o of over) console.error(`over budget: ${o.what}: ${o.measure} ${o.size} B > ${o.budget} B (${kb(o.size)} > ${kb(o.budget)})`);
if (over.length > 0) {
  console.error(`check:budgets: ${over.length} over budget (budgets.json)`);
  process.exit(1);
}
console.log(`check:budgets: ${pages.length} pages, ${index.length} index files and ${data.length} data files within budgets.json`);
