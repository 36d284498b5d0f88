import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

const baseUrl = inject('baseUrl');
const root = new URL(baseUrl).pathname;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('404 page', () => {
  it('answers a missing path with status 404 and says so in Japanese and English', async () => {
    const response = await page.goto(`${baseUrl}en/cities/no-such-town/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    const title = page.getByRole('heading', { level: 1 });
    expect(await title.textContent()).toContain('ページが見つかりません');
    expect(await title.locator('[lang="en"]').textContent()).toBe('Page not found');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
  });

  it('links home, to search and to the city list in each language, by absolute paths under the base', async () => {
    await page.goto(`${baseUrl}themes/deep/missing/page/`);
    const ja = page.getByRole('navigation', { name: 'このサイトの主なページ' });
    const en = page.getByRole('navigation', { name: 'Main pages of this site' });
    expect(await ja.getAttribute('lang')).toBeNull();
    expect(await en.locator('xpath=ancestor::section[1]').getAttribute('lang')).toBe('en');
    expect(await ja.getByRole('link', { name: 'ホーム' }).getAttribute('href')).toBe(root);
    expect(await ja.getByRole('link', { name: 'サイト内を検索する' }).getAttribute('href')).toBe(`${root}search/`);
    expect(await ja.getByRole('link', { name: '都市の一覧' }).getAttribute('href')).toBe(`${root}cities/`);
    expect(await en.getByRole('link', { name: 'Home' }).getAttribute('href')).toBe(`${root}en/`);
    expect(await en.getByRole('link', { name: 'Search the site' }).getAttribute('href')).toBe(`${root}en/search/`);
    expect(await en.getByRole('link', { name: 'List of cities' }).getAttribute('href')).toBe(`${root}en/cities/`);

    // Followed from a deep missing path, the links and the stylesheet still work.
    await en.getByRole('link', { name: 'List of cities' }).click();
    await page.waitForURL(`${baseUrl}en/cities/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cities');
  });

  it('keeps its layout when served at a deep path (stylesheet found)', async () => {
    await page.goto(`${baseUrl}a/b/c/d/`);
    const columns = await page.locator('.not-found').evaluate((el) => getComputedStyle(el).display);
    expect(columns).toBe('grid');
  });

  it('has a language switch that leads to the English home page', async () => {
    await page.goto(`${baseUrl}no-such-page/`);
    const link = page.getByRole('navigation', { name: '言語' }).getByRole('link');
    expect(await link.getAttribute('href')).toBe(`${root}en/`);
  });
});
