import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../support/browser';

const baseUrl = inject('baseUrl');
/**
 * One page of each type (and the states that change what is shown), each in both languages and in
 * light and dark colour schemes. No axe rule is disabled.
 */
const PAGES = [
  '',
  'cities/',
  'cities/012360-hokuto/',
  'prefectures/',
  'prefectures/01/',
  'themes/',
  'themes/decarbonization/',
  'compare/',
  'compare/?cities=012360,112330&theme=childcare',
  'indicators/',
  'indicators/?theme=dx&sort=target&order=desc',
  'framework/',
  'sources/000_df427b3fa16fc0bd/#L767',
  // Tinted (cited) and targeted source lines, whose colours differ most between the schemes.
  'sources/001_c90401aa62130a51/#L214',
  'data/',
  'about/',
  'methodology/',
  'search/',
  'search/?q=出生数',
  // A town chosen in the city filter's picker, named from /data/towns.json.
  'search/?q=出生数&city=112330',
];
/** The 404 page exists once for both languages; it is served for any missing path. */
const NOT_FOUND = ['404.html', 'en/no-such-page/'];
const SCHEMES = ['light', 'dark'] as const;
let browser: Browser;
const contexts = new Map<(typeof SCHEMES)[number], BrowserContext>();

beforeAll(async () => {
  browser = await launchChromium();
  for (const scheme of SCHEMES) contexts.set(scheme, await browser.newContext({ colorScheme: scheme }));
});

afterAll(async () => {
  await browser?.close();
});

/** Axe's violations on one page (path relative to the site root) in one colour scheme, one line each. */
async function violations(scheme: (typeof SCHEMES)[number], path: string): Promise<string[]> {
  const page = await contexts.get(scheme)!.newPage();
  await page.goto(`${baseUrl}${path}`);
  if (path.includes('search/?q=')) await page.getByRole('link').filter({ hasText: '出生数' }).first().waitFor();
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  await page.close();
  return results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
}

describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  for (const scheme of SCHEMES) {
    // Two pages at a time: axe is CPU-bound and CI machines are small.
    describe.concurrent(`in ${scheme} mode`, () => {
      for (const prefix of ['', 'en/']) {
        for (const path of PAGES) {
          it(`/${prefix}${path} has no violations`, async () => {
            expect(await violations(scheme, `${prefix}${path}`)).toEqual([]);
          }, 120_000);
        }
      }
      for (const path of NOT_FOUND) {
        it(`/${path} (the 404 page) has no violations`, async () => {
          expect(await violations(scheme, path)).toEqual([]);
        }, 120_000);
      }
    });
  }
});
