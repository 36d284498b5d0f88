/**
 * Provenance to the original (issue 10 item 7): source pages, plan lists and "cite this" link to the
 * municipality's own publication with its date, and a build names the public site, never localhost.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

const baseUrl = inject('baseUrl');
/** seeds/001_c90401aa62130a51.yaml: 北斗市's page for its 第2期 strategy (published 2020-03). */
const HOKUTO_G2 = 'http://www.city.hokuto.hokkaido.jp/modules/info/content0299.html';
const CITY = 'cities/012360-hokuto/';
/** The default build (`npm run build` without SITE_URL) is a local build. */
const LOCAL = !process.env.SITE_URL;
const LOOPBACK = /localhost|127\.0\.0\.1|\[::1\]/;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('the source page', () => {
  for (const [prefix, label, link, checked] of [
    ['', '原本', '北斗市のウェブページ', '2026-12-02 確認'],
    ['en/', 'Original', 'Hokuto City’s web page', 'checked 2026-12-02'],
  ] as const) {
    it(`links the document to the municipality’s page for it, says what it is and when it was checked (/${prefix})`, async () => {
      await page.goto(`${baseUrl}${prefix}sources/001_c90401aa62130a51/`);
      const facts = page.locator('dl.facts');
      const original = facts.locator(`dt:text-is("${label}") + dd`);
      expect(await original.getByRole('link', { name: HOKUTO_G2 }).getAttribute('href')).toBe(HOKUTO_G2);
      expect(await original.textContent()).toContain(link);
      expect(await original.textContent()).toContain(checked);
      // The publication date and the lines that give it.
      expect(await facts.textContent()).toMatch(/2020-03.*\(line 10\).*\(line 749\)/);
    });
  }

  it('says so where no URL was found, with no link (北本市’s slides, 002)', async () => {
    await page.goto(`${baseUrl}sources/002_b40273191f164151/`);
    const original = page.locator('dl.facts dt:text-is("原本") + dd');
    expect(await original.textContent()).toContain('自治体のウェブサイトでは見つかっていません');
    expect(await original.textContent()).toContain('見つからなかった');
    expect(await original.getByRole('link').count()).toBe(0);
  });
});

describe('a city page', () => {
  it('links each plan in the plan list to its original, or says none was found', async () => {
    await page.goto(`${baseUrl}${CITY}`);
    const plans = page.locator('ol.plans > li');
    expect(await plans.first().getByRole('link', { name: '北斗市のウェブページ' }).getAttribute('href')).toBe(HOKUTO_G2);
    expect(await plans.nth(1).textContent()).toContain('自治体のウェブサイトでは見つかっていません');
  });

  it('gives "cite this" the original publication with its date, and no localhost address', async () => {
    await page.goto(`${baseUrl}${CITY}`);
    const cite = page.locator('details.cite').first();
    await cite.getByText('引用・訂正').click();
    const citation = (await cite.locator('.citation').textContent())!;
    expect(citation).not.toMatch(LOOPBACK);
    expect(citation).toMatch(/https?:\/\/[^ ]+\/sources\/001_c90401aa62130a51\/#L\d+$/);
    if (LOCAL) expect(citation).toContain('https://machikurabe.github.io/machikurabe/sources/');
    expect(await cite.getByRole('link', { name: HOKUTO_G2 }).getAttribute('href')).toBe(HOKUTO_G2);
    expect(await cite.textContent()).toContain('原本：北斗市のウェブページ');
    expect(await cite.textContent()).toContain('（公表 2020-03）');
    const issue = decodeURIComponent((await cite.getByRole('link', { name: /誤りを報告する/ }).getAttribute('href'))!);
    expect(issue).not.toMatch(LOOPBACK);
  });

  it(`says it is a local build exactly when built without SITE_URL (here: ${LOCAL ? 'local' : 'SITE_URL set'})`, async () => {
    await page.goto(`${baseUrl}${CITY}`);
    const cite = page.locator('details.cite').first();
    await cite.getByText('引用・訂正').click();
    expect(await cite.getByText(/^ローカルビルド：/).count()).toBe(LOCAL ? 1 : 0);
  });
});

describe('canonical links', () => {
  for (const route of ['', 'en/', CITY, 'en/sources/004_2b3a8d459449e757/']) {
    it(`name the public site, never localhost (/${route})`, async () => {
      await page.goto(`${baseUrl}${route}`);
      for (const rel of ['canonical', 'alternate']) {
        const href = (await page.locator(`link[rel="${rel}"]`).getAttribute('href'))!;
        expect(href, rel).not.toMatch(LOOPBACK);
        expect(href, rel).toMatch(/^https:\/\//);
      }
    });
  }
});
