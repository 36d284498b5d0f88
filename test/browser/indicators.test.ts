import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

const baseUrl = inject('baseUrl');
const publishedCsv = await readFile(new URL('../../public/data/indicators.csv', import.meta.url), 'utf8');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

/** The indicator ids of the rows shown, in order (each row's CSV line starts with its id). */
async function shownIds(p: Page): Promise<string[]> {
  return p.locator('indicator-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.csv!.split(',')[0]!));
}

const table = (p: Page) => p.getByRole('table', { name: '指標' });

describe('indicator table', () => {
  it('filters by city and theme, keeps the filters in the URL, and downloads the rows shown as CSV', async () => {
    await page.goto(`${baseUrl}indicators/`);
    const all = await table(page).locator('tbody tr').count();
    await page.getByRole('combobox', { name: '都市' }).selectOption({ label: '北斗市' });
    await page.getByRole('combobox', { name: 'テーマ' }).selectOption({ label: '結婚・出産・子育て' });
    await page.waitForURL(/\?city=012360&theme=childcare$/);

    const ids = await shownIds(page);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(all);
    expect(ids.every((id) => id.startsWith('012360-'))).toBe(true);
    expect(await page.locator('indicator-table').getByRole('status').textContent()).toBe(`${all}件中${ids.length}件を表示しています。`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '表示中の指標を CSV でダウンロード' }).click()]);
    const file = await download.path();
    const csv = await readFile(file, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    const [header, ...rows] = lines;
    // Same columns and order as public/data/indicators.csv, same row text for each indicator.
    expect(header).toBe(publishedCsv.slice(1).split('\r\n')[0]);
    expect(rows.map((r) => r.split(',')[0])).toEqual(ids);
    const published = new Map(publishedCsv.slice(1).split('\r\n').map((l) => [l.split(',')[0], l]));
    for (const row of rows) expect(row).toBe(published.get(row.split(',')[0]));
    // The file name says what was chosen (city code, theme), ASCII only.
    expect(download.suggestedFilename()).toBe('machikurabe-indicators-012360-childcare.csv');

    await page.reload();
    expect(await page.getByRole('combobox', { name: '都市' }).inputValue()).toBe('012360');
    expect(await shownIds(page)).toEqual(ids);
  });

  it('sorts by a column with a button in its heading and says so with aria-sort', async () => {
    await page.goto(`${baseUrl}indicators/?family=births`);
    const heading = table(page).getByRole('columnheader', { name: /目標値/ });
    expect(await heading.getAttribute('aria-sort')).toBeNull();
    await heading.getByRole('button').click();
    expect(await heading.getAttribute('aria-sort')).toBe('ascending');
    await heading.getByRole('button').click();
    expect(await heading.getAttribute('aria-sort')).toBe('descending');
    await page.waitForURL(/sort=target&order=desc$/);
    // 出生数: 北本市 380人 (002 line 357) before 北斗市 200～220人 (000 line 764).
    expect(await shownIds(page)).toEqual(['112330-g2-strategy-slides-L357', '012360-g3-draft-summary-L764']);
    expect(await page.locator('indicator-table').getByRole('status').textContent()).toMatch(/^目標値の降順に並べ替えました。/);
  });

  it('clears the filters, and the download name with them', async () => {
    await page.goto(`${baseUrl}indicators/?level=goal&kind=number`);
    const filtered = (await shownIds(page)).length;
    const download = () => Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '表示中の指標を CSV でダウンロード' }).click()]);
    expect((await download())[0].suggestedFilename()).toBe('machikurabe-indicators-goal-number.csv');
    await page.getByRole('button', { name: '条件をクリア' }).click();
    await page.waitForURL(`${baseUrl}indicators/`);
    expect((await shownIds(page)).length).toBeGreaterThan(filtered);
    expect((await download())[0].suggestedFilename()).toBe('machikurabe-indicators.csv');
  });

  it('is the full table, in reading order, without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${baseUrl}indicators/?city=012360`);
    const rows = await table(p).locator('tbody tr').count();
    expect(rows).toBe(publishedCsv.trim().split('\r\n').length - 1);
    expect(await p.getByRole('combobox').count()).toBe(0);
    await noJs.close();
  });
});
