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

describe('framework page', () => {
  it('has a row per national goal (第2期) and a column per city, and states the rule', async () => {
    await page.goto(`${baseUrl}framework/`);
    const table = page.getByRole('table', { name: '国の総合戦略との対応' });
    const headers = (await table.getByRole('columnheader').allTextContents()).map((h) => h.trim());
    expect(headers).toEqual(['国の目標（第2期）', '芦別市', '北斗市', '北上市', '北本市']);
    const rows = (await table.getByRole('rowheader').allTextContents()).map((r) => r.trim());
    expect(rows.slice(0, 6).map((r) => r.match(/^(基本目標|横断的な目標)\d/)?.[0])).toEqual([
      '基本目標1',
      '基本目標2',
      '基本目標3',
      '基本目標4',
      '横断的な目標1',
      '横断的な目標2',
    ]);
    expect(await page.getByText('対応のきまり：', { exact: false }).count()).toBe(1);
  });

  it('links a city goal to its place on the city page', async () => {
    await page.goto(`${baseUrl}framework/`);
    const row = page.getByRole('row', { name: /^基本目標1 稼ぐ地域をつくる/ });
    await row.getByRole('link', { name: /^基本目標1 北海道新幹線を活かした/ }).click();
    await page.waitForURL(/\/cities\/012360-hokuto\/#goal-012360-g2-strategy-basic-1$/);
    expect(await page.locator(':target').getByRole('heading').first().textContent()).toContain('北海道新幹線を活かした');
  });

  it('is in English too', async () => {
    await page.goto(`${baseUrl}en/framework/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Alignment with the national strategy');
    expect(await page.getByRole('columnheader', { name: 'Hokuto City' }).count()).toBe(1);
  });
});
