import type { Budgets, PageBudget } from './budgetsSchema';
import type { FileWeight, PageWeight } from './weighPages';

/** One measured size over its budget (or a file the budgets do not account for). */
export interface OverBudget {
  /** Page or file, relative to dist/. */
  what: string;
  /** What was measured, e.g. `JS gz (city (chart))`. */
  measure: string;
  size: number;
  budget: number;
}

/** The first page type whose route pattern matches; a page no type matches is an error. */
export function pageTypeOf(route: string, pages: readonly PageBudget[]): PageBudget {
  const type = pages.find((p) => new RegExp(p.route).test(route));
  if (!type) throw new Error(`budgets.json: no page type matches the route "${route}" (add a catch-all type with route ".*")`);
  return type;
}

/**
 * Every page, search index and data file of a measured site that is over its budget.
 * A city page of 40 000 gzipped HTML bytes against a city budget of 36 864
 * → [{ what: 'cities/x/index.html', measure: 'HTML gz (city)', size: 40000, budget: 36864 }].
 * A data file with no budget is reported with budget 0.
 */
export function findOverBudget(pages: readonly PageWeight[], index: readonly FileWeight[], data: readonly FileWeight[], budgets: Budgets): OverBudget[] {
  const over: OverBudget[] = [];
  for (const page of pages) {
    const type = pageTypeOf(page.route, budgets.pages);
    const js = type.includeLazy ? page.js + page.lazy : page.js;
    if (js > type.js) over.push({ what: page.page, measure: `JS gz${type.includeLazy ? ' incl. lazy' : ''} (${type.type})`, size: js, budget: type.js });
    if (page.html > type.html) over.push({ what: page.page, measure: `HTML gz (${type.type})`, size: page.html, budget: type.html });
  }
  const indexTotal = index.reduce((n, f) => n + f.gzip, 0);
  if (indexTotal > budgets.searchIndex.gzip) {
    over.push({ what: index.map((f) => f.file).join(' + '), measure: 'search index gz', size: indexTotal, budget: budgets.searchIndex.gzip });
  }
  for (const file of data) {
    const budget = budgets.data.bytes[file.file] ?? 0;
    if (file.bytes > budget) over.push({ what: file.file, measure: budget === 0 ? 'data bytes (no budget in budgets.json)' : 'data bytes', size: file.bytes, budget });
  }
  return over;
}
