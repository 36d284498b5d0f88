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

/** The text of a page that is not marked Japanese (no `lang="ja"` on it or an ancestor): what an English reader is told. */
async function englishText(path: string): Promise<string> {
  await page.goto(`${baseUrl}${path}`);
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template')) continue;
      if (parent.closest('[lang]')?.getAttribute('lang') === 'ja') continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  });
}

/** The whole visible text of a page. */
async function bodyText(path: string): Promise<string> {
  await page.goto(`${baseUrl}${path}`);
  return page.locator('body').innerText();
}

const EN_PAGES = ['en/', 'en/cities/', 'en/cities/012360-hokuto/', 'en/cities/032069-kitakami/', 'en/cities/112330-kitamoto/', 'en/cities/012165-ashibetsu/', 'en/indicators/', 'en/compare/', 'en/themes/jobs/', 'en/data/', 'en/methodology/', 'en/framework/', 'en/sources/001_c90401aa62130a51/'];

describe('English pages', () => {
  describe('units, periods and prefectures from the glossary', () => {
    it('gives units in English on a city page (31社 → 31 companies, 名 → people)', async () => {
      const text = await englishText('en/cities/012360-hokuto/');
      expect(text).toContain('50 companies');
      expect(text).toContain('300 people');
      expect(text).toMatch(/Value \(companies\)/);
    });

    it('leaves no Japanese unit after a number outside text marked Japanese', async () => {
      for (const path of EN_PAGES) {
        const text = await englishText(path);
        expect(text.match(/\d(社|名|人|件|組|人泊|戸|棟|回|団体|校|施設|円)(?![一-龯ぁ-んァ-ン])/g), path).toBeNull();
      }
    });

    it('gives prefectures in English', async () => {
      const text = await englishText('en/cities/032069-kitakami/');
      expect(text).toContain('Iwate Prefecture');
      expect(text).not.toContain('岩手県');
      expect(await englishText('en/')).toContain('Hokkaido');
    });

    it('gives period labels in English (第1期実績 → 1st-period result, R7年度 → FY2025)', async () => {
      const labels: string[] = [];
      for (const path of ['en/cities/012360-hokuto/', 'en/cities/032069-kitakami/', 'en/cities/112330-kitamoto/', 'en/cities/012165-ashibetsu/']) {
        await page.goto(`${baseUrl}${path}`);
        labels.push(...(await page.locator('.when').allInnerTexts()));
      }
      expect(labels.length).toBeGreaterThan(50);
      expect(labels).toContain('1st-period result');
      expect(labels.some((l) => /^FY2025\b/.test(l))).toBe(true);
      expect(labels.filter((l) => /[一-龯ぁ-んァ-ン]/.test(l))).toEqual([]);
    });

    it('counts with the right plural ("1 indicator", never "1 indicators")', async () => {
      for (const path of EN_PAGES) {
        expect(await bodyText(path), path).not.toMatch(/(^|[^\d,.])1 (results|indicators|goals|measures|plans|targets|years|cities)\b/);
      }
    });
  });

  describe('words for people', () => {
    it('shows no file path, variable or pattern on any page, English or Japanese', async () => {
      for (const path of [...EN_PAGES, ...EN_PAGES.map((p) => p.replace(/^en\//, ''))]) {
        const text = await bodyText(path);
        expect(text, path).not.toMatch(/SOURCE_DATE_EPOCH|impliedByPlanPeriod|シードにない/);
        expect(text, path).not.toMatch(/\b(seeds|content|src|scripts)\/|\.txt\b|\.ts\b|\.yaml\b/);
        expect(text, path).not.toMatch(/\\d|\(\?:|\[\^|\|\S*\|/);
        expect(text, path).not.toMatch(/\b\d{3}_[0-9a-f]{16}\b/);
        // Field names (impliedByPlanPeriod, record keys) and raw values (null) of the data files.
        expect(text, path).not.toMatch(/\(\s*[a-z]+[A-Z][a-zA-Z]*\s*\)|\b[a-z]+[A-Z][a-zA-Z]*: |: null\b/);
      }
    });
  });
});
