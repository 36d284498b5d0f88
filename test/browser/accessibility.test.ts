import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../support/browser';

const baseUrl = inject('baseUrl');
/** One page of each type, in both languages. */
const PAGES = [
  '',
  'cities/',
  'cities/012360-hokuto/',
  'themes/',
  'themes/decarbonization/',
  'compare/',
  'compare/?cities=012360,112330&theme=childcare',
  'indicators/',
  'indicators/?theme=dx&sort=target&order=desc',
  'framework/',
  'sources/000_df427b3fa16fc0bd/#L767',
  'data/',
  'about/',
  'methodology/',
];
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  for (const prefix of ['', 'en/']) {
    for (const path of PAGES) {
      it(`/${prefix}${path} has no violations`, async () => {
        const page = await context.newPage();
        await page.goto(`${baseUrl}${prefix}${path}`);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        await page.close();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
        expect(summary).toEqual([]);
      }, 60_000);
    }
  }

  describe('in dark mode', () => {
    /** Pages whose colours differ most: tinted and targeted source lines, badges, the matrix. */
    const DARK = ['', 'cities/', 'cities/012360-hokuto/', 'themes/', 'themes/decarbonization/', 'compare/', 'sources/001_c90401aa62130a51/#L214'];
    for (const path of DARK) {
      it(`/${path} has no violations`, async () => {
        const dark = await browser.newContext({ colorScheme: 'dark' });
        const page = await dark.newPage();
        await page.goto(`${baseUrl}${path}`);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        await dark.close();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      }, 60_000);
    }
  });
});
