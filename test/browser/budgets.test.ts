/**
 * Checks in Chromium how `npm run check:budgets` counts JavaScript (scripts/check/weighPages.ts):
 * the scripts a page fetches while loading are exactly its module scripts and their static imports,
 * and the import() chunks counted as lazy are fetched only on user action (the first keystroke in
 * the header search), or on load by /search/?q=…, the page type whose budget includes them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { budgetsSchema } from '../../scripts/check/budgetsSchema';
import { pageTypeOf } from '../../scripts/check/findOverBudget';
import { weighPage } from '../../scripts/check/weighPages';
import { launchChromium } from '../support/browser';

const baseUrl = inject('baseUrl');
const base = new URL(baseUrl).pathname;
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const budgets = budgetsSchema.parse(JSON.parse(readFileSync(fileURLToPath(new URL('../../budgets.json', import.meta.url)), 'utf8')));
/** One page of each type. */
const PAGES = ['', 'cities/', 'cities/012360-hokuto/', 'themes/', 'themes/jobs/', 'compare/', 'indicators/', 'framework/', 'sources/001_c90401aa62130a51/', 'data/', 'about/', 'methodology/', 'search/', 'en/'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Opens a page in a fresh context (an empty cache, so every script is requested) and returns it
 * with the list (growing) of JavaScript files it fetched, relative to dist/. Callers close its
 * context (`done(page)`), awaited, so that no close is still pending when the browser quits.
 */
async function openRecording(url: string): Promise<{ page: Page; scripts: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) scripts.push(path.slice(base.length));
  });
  // Module scripts and their static imports run before DOMContentLoaded, so 'load' has fetched
  // them all ('networkidle' could settle before a long page's script request was sent).
  await page.goto(url, { waitUntil: 'load' });
  return { page, scripts };
}

const unique = (list: string[]) => [...new Set(list)].sort();

/** Closes a recorded page with its context. */
const done = (page: Page) => page.context().close();

describe('JavaScript counted by check:budgets', () => {
  describe('at start', () => {
    for (const path of PAGES) {
      it(`/${path} fetches exactly the scripts counted at start, within its budget`, async () => {
        const weight = weighPage(dist, base, `${path}index.html`);
        const { page, scripts } = await openRecording(`${baseUrl}${path}`);
        expect(unique(scripts)).toEqual(weight.startFiles);
        const type = pageTypeOf(weight.route, budgets.pages);
        expect(type.includeLazy ? weight.js + weight.lazy : weight.js).toBeLessThanOrEqual(type.js);
        await done(page);
      });
    }
  });

  describe('later', () => {
    it('the header search fetches the chunks counted as lazy on the first keystroke, not before', async () => {
      const weight = weighPage(dist, base, 'index.html');
      expect(weight.lazyFiles.length).toBeGreaterThan(0);
      const { page, scripts } = await openRecording(baseUrl);
      expect(scripts.filter((s) => weight.lazyFiles.includes(s))).toEqual([]);
      await page.keyboard.press('Tab'); // skip link
      await page.keyboard.press('Tab'); // site name
      await page.keyboard.press('Tab'); // search box
      await page.keyboard.type('出生');
      await expect.poll(() => unique(scripts)).toEqual(unique([...weight.startFiles, ...weight.lazyFiles]));
      await done(page);
    });

    it('/search/?q=… fetches its lazy chunks on load, which its budget counts', async () => {
      const weight = weighPage(dist, base, 'search/index.html');
      expect(pageTypeOf(weight.route, budgets.pages).includeLazy).toBe(true);
      const { page, scripts } = await openRecording(`${baseUrl}search/?q=${encodeURIComponent('出生数')}`);
      expect(unique(scripts).every((s) => weight.startFiles.includes(s) || weight.lazyFiles.includes(s))).toBe(true);
      expect(unique(scripts).some((s) => weight.lazyFiles.includes(s))).toBe(true);
      await done(page);
    });
  });
});
