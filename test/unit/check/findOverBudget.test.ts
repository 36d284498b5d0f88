import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budgetsSchema, type Budgets } from '../../../scripts/check/budgetsSchema';
import { findOverBudget, pageTypeOf } from '../../../scripts/check/findOverBudget';
import type { FileWeight, PageWeight } from '../../../scripts/check/weighPages';

const BUDGETS: Budgets = budgetsSchema.parse({
  pages: [
    { type: 'city', route: '^cities/[^/]+/$', js: 15360, html: 40000 },
    { type: 'search', route: '^search/$', js: 25600, includeLazy: true, html: 8192 },
    { type: 'text', route: '.*', js: 2048, html: 8192 },
  ],
  searchIndex: { files: '^search-index', gzip: 1000 },
  data: { files: '^data/', bytes: { 'data/plans.json': 100 } },
});

const page = (p: Partial<PageWeight> & { page: string; route: string }): PageWeight => ({ html: 1000, js: 1000, lazy: 0, startFiles: [], lazyFiles: [], ...p });
const file = (f: string, bytes: number, gzip = bytes): FileWeight => ({ file: f, bytes, gzip });

describe('pageTypeOf', () => {
  it('takes the first type whose route matches', () => {
    expect(pageTypeOf('cities/012360-hokuto/', BUDGETS.pages).type).toBe('city');
    expect(pageTypeOf('cities/', BUDGETS.pages).type).toBe('text');
  });
  it('fails on a route no type matches', () => {
    expect(() => pageTypeOf('x/', BUDGETS.pages.slice(0, 1))).toThrow(/no page type matches the route "x\/"/);
  });
});

describe('findOverBudget', () => {
  describe('everything within budget', () => {
    it('reports nothing', () => {
      const pages = [page({ page: 'cities/a/index.html', route: 'cities/a/', js: 15360, html: 40000 }), page({ page: 'search/index.html', route: 'search/', js: 1700, lazy: 18000 })];
      expect(findOverBudget(pages, [file('search-index.json', 900, 900)], [file('data/plans.json', 100)], BUDGETS)).toEqual([]);
    });
  });
  describe('over budget', () => {
    it('names each page, measure, size and budget', () => {
      const pages = [
        page({ page: 'about/index.html', route: 'about/', js: 300_000 }),
        page({ page: 'cities/a/index.html', route: 'cities/a/', html: 40001 }),
        page({ page: 'search/index.html', route: 'search/', js: 1700, lazy: 24000 }),
      ];
      expect(findOverBudget(pages, [], [], BUDGETS)).toEqual([
        { what: 'about/index.html', measure: 'JS gz (text)', size: 300_000, budget: 2048 },
        { what: 'cities/a/index.html', measure: 'HTML gz (city)', size: 40001, budget: 40000 },
        { what: 'search/index.html', measure: 'JS gz incl. lazy (search)', size: 25700, budget: 25600 },
      ]);
    });
    it('does not count lazy JavaScript on other page types', () => {
      expect(findOverBudget([page({ page: 'about/index.html', route: 'about/', js: 1300, lazy: 99_999 })], [], [], BUDGETS)).toEqual([]);
    });
    it('sums the search index files', () => {
      expect(findOverBudget([], [file('search-index.json', 600, 600), file('search-index-d0.json', 900, 500)], [], BUDGETS)).toEqual([
        { what: 'search-index.json + search-index-d0.json', measure: 'search index gz', size: 1100, budget: 1000 },
      ]);
    });
    it('reports a data file over its budget and one with no budget', () => {
      expect(findOverBudget([], [], [file('data/plans.json', 101), file('data/new.json', 5)], BUDGETS)).toEqual([
        { what: 'data/plans.json', measure: 'data bytes', size: 101, budget: 100 },
        { what: 'data/new.json', measure: 'data bytes (no budget in budgets.json)', size: 5, budget: 0 },
      ]);
    });
  });
});

describe('budgets.json', () => {
  const budgets = budgetsSchema.parse(JSON.parse(readFileSync('budgets.json', 'utf8')));
  const js = (route: string) => pageTypeOf(route, budgets.pages).js;
  it('keeps the JavaScript budgets of the issue: text 2 kB, charts 15 kB, compare/indicators/search 25 kB', () => {
    for (const route of ['', 'framework/', 'sources/x/', 'data/', 'about/', 'methodology/', 'new-page/']) expect(js(route)).toBeLessThanOrEqual(2048);
    for (const route of ['cities/', 'cities/x/', 'themes/', 'themes/x/']) expect(js(route)).toBeLessThanOrEqual(15360);
    for (const route of ['compare/', 'indicators/', 'search/']) expect(js(route)).toBeLessThanOrEqual(25600);
  });
});
