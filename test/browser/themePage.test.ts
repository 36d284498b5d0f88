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

  it('states each city’s population and its source', async () => {
    await page.goto(`${baseUrl}themes/childcare/`);
    const list = page.getByRole('list', { name: '人口（2020年10月1日）' });
    // reference/population-2020-census-preliminary.csv lines 29, 48, 239, 577: 芦別市 12578, 北斗市 44331, 北上市 93089, 北本市 65228.
    expect(await list.getByRole('listitem').allTextContents()).toEqual(['芦別市 12,578人', '北斗市 44,331人', '北上市 93,089人', '北本市 65,228人']);
    expect(await page.getByText('出典：総務省統計局『令和2年国勢調査 人口速報集計』（速報値）、2020年10月1日').first().isVisible()).toBe(true);
  });

  it('shows births per 1,000 residents beside the raw counts', async () => {
    await page.goto(`${baseUrl}themes/childcare/`);
    const figure = page.getByRole('figure', { name: '出生数：現状値から目標値へ' });
    expect(await figure.getByRole('img', { name: '出生数（人、人口1,000人あたり）の現状値と目標値' }).isVisible()).toBe(true);
    expect(await figure.getByText('「人口1,000人あたり」の図は、現状値と目標値を各都市の人口（1,000人単位）で割った値です', { exact: false }).isVisible()).toBe(true);
  });

  it('never puts unlike measures on one ambition axis', async () => {
    await page.goto(`${baseUrl}themes/childcare/`);
    const ambition = page.getByRole('figure', { name: '目標の大きさ：1年あたりの変化率' });
    const names = await ambition.getByRole('img').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^.+（.*）の目標の1年あたりの変化率$/);
  });

  it('says the same in English', async () => {
    await page.goto(`${baseUrl}en/themes/decarbonization/`);
    expect(await page.getByRole('cell', { name: 'No indicator on this theme' }).count()).toBeGreaterThanOrEqual(1);
  });
});
