import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

const baseUrl = inject('baseUrl');
/** 北斗市: source links under two plans, and a generation chart with its data table. */
const CITY = 'cities/012360-hokuto/';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('print stylesheet', () => {
  for (const [prefix, urlWord, builtWord] of [
    ['', 'このページ：', 'ページの作成日 '],
    ['en/', 'This page: ', 'Page built '],
  ] as const) {
    it(`prints the canonical URL and the build date, which the screen does not show (/${prefix})`, async () => {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${baseUrl}${prefix}${CITY}`);
      const meta = page.locator('.print-meta');
      expect(await meta.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await meta.isVisible()).toBe(true);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toMatch(new RegExp(`/${prefix}cities/012360-hokuto/$`));
      const text = (await meta.innerText()).split('\n');
      expect(text[0]).toBe(`${urlWord}${canonical}`);
      expect(text[1]).toMatch(new RegExp(`^${builtWord}\\d{4}-\\d{2}-\\d{2}[ （(]`));
    });
  }

  it('names the source document beside every source line, the title of the plan the record sits in', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${baseUrl}${CITY}`);
    const plans = page.locator('main section.plan');
    expect(await plans.count()).toBeGreaterThan(1);
    for (const plan of await plans.all()) {
      const title = (await plan.locator('h2 > span').first().innerText()).trim();
      const links = plan.locator('a.source-link');
      expect(await links.count()).toBeGreaterThan(0);
      for (const text of await links.allInnerTexts()) expect(text).toMatch(new RegExp(`^出典 『${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}』\\d+(〜\\d+)?行目$`));
    }
    // On screen the link says only the line: the plan's heading names the document.
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('a.source-link').first().innerText()).toMatch(/^出典 \d+(〜\d+)?行目$/);
  });

  it('marks the document title alone as Japanese on English pages', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${baseUrl}en/${CITY}`);
    const link = page.locator('a.source-link').first();
    expect(await link.innerText()).toMatch(/^Source: “.+”, lines? \d+/);
    expect(await link.locator('.print-only > [lang="ja"]').count()).toBe(1);
  });

  it('prints each chart’s data table open, under a plain heading without a disclosure marker', async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${baseUrl}${CITY}`);
    const data = page.locator('details.chart-data').first();
    const table = data.locator('table');
    expect(await data.getAttribute('open')).toBeNull();
    expect(await table.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await table.isVisible()).toBe(true);
    const summary = data.locator('summary');
    expect(await summary.innerText()).toBe('データ表');
    expect(await summary.evaluate((el) => getComputedStyle(el).display)).toBe('block');
  });

  it('leaves out what paper cannot use: navigation, search, the table of contents, cite widgets', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${baseUrl}${CITY}`);
    for (const selector of ['.site-nav', '.search-form', '.lang-switch', 'nav.toc', 'details.cite', '.skip-link']) {
      const first = page.locator(selector).first();
      expect(await first.count(), selector).toBe(1);
      expect(await first.isVisible(), selector).toBe(false);
    }
  });

  it('renders to an A4 PDF', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${baseUrl}${CITY}`);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A4 is 595.3 × 841.9 points (Chromium rounds to its pixel grid); every page object states its box.
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThan(1);
    for (const [width, height] of boxes) {
      expect(Math.abs(width! - 595.3)).toBeLessThan(1);
      expect(Math.abs(height! - 841.9)).toBeLessThan(1);
    }
  });
});
