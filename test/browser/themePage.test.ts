import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

const baseUrl = inject('baseUrl');
const CITIES = ['芦別市', '北斗市', '北上市', '北本市'];
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('theme page', () => {
  // 脱炭素: only 北本市 and 芦別市 state indicators on it; 北斗市 and 北上市 state none.
  it('has a column per city and says so explicitly when a city has no indicator on the theme', async () => {
    const response = await page.goto(`${baseUrl}themes/decarbonization/`);
    expect(response?.status()).toBe(200);
    const table = page.getByRole('table', { name: '脱炭素・再エネ・環境' });
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers.map((h) => h.trim()).slice(1)).toEqual(CITIES);
    expect(await table.getByRole('cell', { name: 'このテーマの指標はありません' }).count()).toBeGreaterThanOrEqual(1);
  });

  it('puts indicators of one family on one row, with the family as row header', async () => {
    await page.goto(`${baseUrl}themes/childcare/`);
    const row = page.getByRole('row', { name: /^出生数/ });
    expect(await row.getByRole('rowheader').textContent()).toBe('出生数');
    expect(await row.getByRole('link', { name: '出生数' }).count()).toBeGreaterThanOrEqual(2);
  });

  it('says the same in English', async () => {
    await page.goto(`${baseUrl}en/themes/decarbonization/`);
    expect(await page.getByRole('cell', { name: 'No indicator on this theme' }).count()).toBeGreaterThanOrEqual(1);
  });
});
