import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  describe('in Japanese (default locale, no prefix)', () => {
    it('is served at the site root with lang="ja"', async () => {
      const response = await page.goto(baseUrl);
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    });

    it('shows the site name and the Japanese heading', async () => {
      await page.goto(baseUrl);
      const siteName = page.getByRole('banner').getByRole('link', { name: 'まちくらべ', exact: true });
      expect(await siteName.count()).toBe(1);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('まちの戦略をくらべる');
      expect(await page.title()).toBe('まちくらべ');
    });

    it('links to the English home page through the base-aware URL', async () => {
      await page.goto(baseUrl);
      await page.getByRole('navigation').getByRole('link', { name: 'English' }).click();
      await page.waitForURL(`${baseUrl}en/`);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    });
  });

  describe('in English (/en/)', () => {
    it('has lang="en" and the English heading', async () => {
      const response = await page.goto(`${baseUrl}en/`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        'Compare how towns plan their future',
      );
    });
  });

  describe('content security policy', () => {
    it('adds a CSP meta tag to the built page', async () => {
      await page.goto(baseUrl);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toMatch(/script-src 'self'/);
    });
  });
});
