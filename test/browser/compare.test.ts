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

/** Names of the city columns the compare table shows. */
async function shownCityColumns(p: Page): Promise<string[]> {
  const table = p.getByRole('table', { name: '種類ごとの指標の一覧' });
  const headers = await table.getByRole('columnheader').allTextContents();
  return headers.slice(1).map((h) => h.trim());
}

describe('compare page', () => {
  it('compares two cities on a theme chosen through the form, and a reload of the shared URL restores the view', async () => {
    await page.goto(`${baseUrl}compare/`);
    const cities = page.getByRole('group', { name: '都市（2〜4都市）' });
    // Start from all four cities; keep 北斗市 and 北本市.
    await cities.getByRole('checkbox', { name: '芦別市' }).uncheck();
    await cities.getByRole('checkbox', { name: '北上市' }).uncheck();
    await page.getByRole('combobox', { name: 'テーマ' }).selectOption({ label: '結婚・出産・子育て' });

    await page.waitForURL(/\?cities=012360,112330&theme=childcare$/);
    const status = page.getByRole('status').filter({ hasText: 'くらべています' });
    expect(await status.textContent()).toMatch(/^北斗市、北本市を「結婚・出産・子育て」でくらべています。指標\d+件。$/);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await shownCityColumns(page)).toEqual(['北斗市', '北本市']);
    // 出生数 is stated by both; 婚姻率 only by 北斗市; 観光入込客数 is not on the theme.
    const table = page.getByRole('table', { name: '種類ごとの指標の一覧' });
    expect(await table.getByRole('rowheader', { name: '出生数', exact: true }).isVisible()).toBe(true);
    expect(await table.getByRole('rowheader', { name: '観光入込客数', exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: '出生数：現状値から目標値へ' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: '観光入込客数：現状値から目標値へ' }).isVisible()).toBe(false);

    const shared = page.url();
    await page.reload();
    expect(page.url()).toBe(shared);
    expect(await page.getByRole('checkbox', { name: '北斗市' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '芦別市' }).isChecked()).toBe(false);
    expect(await page.getByRole('combobox', { name: 'テーマ' }).inputValue()).toBe('childcare');
    expect(await shownCityColumns(page)).toEqual(['北斗市', '北本市']);
    expect(await page.getByRole('heading', { name: '観光入込客数：現状値から目標値へ' }).isVisible()).toBe(false);
  });

  it('opens a shared link in a fresh page with that view', async () => {
    const fresh = await browser.newPage();
    await fresh.goto(`${baseUrl}compare/?cities=032069,112330&theme=tourism`);
    expect(await shownCityColumns(fresh)).toEqual(['北上市', '北本市']);
    const chart = fresh.getByRole('figure', { name: '観光入込客数：現状値から目標値へ' });
    // Only the 千人 panel remains: 北斗市's 万人 panel has no city in view.
    expect(await chart.getByRole('img').count()).toBe(1);
    expect(await chart.getByText(/^2件の指標の目標は、増加2件です。$/).count()).toBe(1);
    await fresh.close();
  });

  it('is operable from the keyboard', async () => {
    await page.goto(`${baseUrl}compare/?cities=012165,012360`);
    await page.getByRole('checkbox', { name: '北上市' }).focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/\?cities=012165,012360,032069$/);
    await page.getByRole('combobox', { name: 'テーマ' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/theme=childcare$/);
    expect(await shownCityColumns(page)).toEqual(['芦別市', '北斗市', '北上市']);
  });

  it('asks for a second city when only one is left', async () => {
    await page.goto(`${baseUrl}compare/?cities=012360,112330`);
    await page.getByRole('checkbox', { name: '北本市' }).uncheck();
    expect(await page.getByRole('status').filter({ hasText: '2都市以上を選んでください' }).count()).toBe(1);
  });

  describe('without JavaScript', () => {
    it('shows every city and the links to the theme pages, and no controls', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const noJs = await context.newPage();
      await noJs.goto(`${baseUrl}compare/?cities=012360,112330&theme=childcare`);
      expect(await shownCityColumns(noJs)).toEqual(['芦別市', '北斗市', '北上市', '北本市']);
      expect(await noJs.getByRole('checkbox').count()).toBe(0);
      const themes = noJs.getByRole('navigation', { name: 'テーマごとのページ' });
      expect(await themes.getByRole('link', { name: '結婚・出産・子育て' }).getAttribute('href')).toMatch(/\/themes\/childcare\/$/);
      expect(await noJs.locator('svg[role="img"]').count()).toBeGreaterThan(10);
      await context.close();
    });
  });
});
