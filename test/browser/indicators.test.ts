import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

const baseUrl = inject('baseUrl');
const publishedCsv = await readFile(new URL('../../public/data/indicators.csv', import.meta.url), 'utf8');
const publishedLines = publishedCsv.slice(1).split('\r\n');
/** The rows of indicators.csv by indicator id. */
const published = new Map(publishedLines.slice(1).filter((l) => l !== '').map((l) => [l.split(',')[0], l]));
/** The site's first four towns, shown when the URL names none: 芦別市, 北斗市, 北上市, 北本市. */
const DEFAULTS = '012165,012360,032069,112330';
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

/** Opens the page and waits until the rows of its URL are in the table. */
async function open(p: Page, path: string): Promise<void> {
  await p.goto(`${baseUrl}${path}`);
  await drawn(p);
}

/** Waits until the towns chosen are loaded and their rows shown. */
const drawn = (p: Page) => p.locator('indicator-table[data-drawn] [data-table]:not([aria-busy])').waitFor({ state: 'attached' });

/** The indicator ids of the rows shown, in order (each row's CSV line starts with its id). */
async function shownIds(p: Page): Promise<string[]> {
  return p.locator('indicator-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.csv!.split(',')[0]!));
}

const table = (p: Page) => p.getByRole('table', { name: '指標' });
const status = (p: Page) => p.locator('indicator-table [data-status]');
const downloadButton = (p: Page) => p.getByRole('button', { name: '表示中の指標を CSV でダウンロード' });

describe('indicator table', () => {
  it('ships no rows: the page is the controls and the header row, whatever the number of towns', async () => {
    const html = await (await fetch(`${baseUrl}indicators/`)).text();
    expect(html).not.toMatch(/<tr data-index/);
    expect(html).toMatch(/data-defaults="012165,012360,032069,112330"/);
  });

  it('loads exactly one data file per chosen town, once, and none when only a filter changes', async () => {
    const fresh = await browser.newPage();
    const files: string[] = [];
    fresh.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.includes('/data/cities/')) files.push(path.replace(/^.*\/data\/cities\//, ''));
    });
    await open(fresh, 'indicators/?cities=032069,112330');
    expect(files.sort()).toEqual(['032069.json', '112330.json']);
    await fresh.getByRole('combobox', { name: 'テーマ' }).selectOption({ label: '観光・交流・文化' });
    await fresh.waitForURL(/\?cities=032069,112330&theme=tourism$/);
    await fresh.getByRole('checkbox', { name: '北本市' }).uncheck();
    await fresh.waitForURL(/\?cities=032069&theme=tourism$/);
    await drawn(fresh);
    await fresh.getByRole('checkbox', { name: '北本市' }).check();
    await fresh.waitForURL(/\?cities=032069,112330&theme=tourism$/);
    await drawn(fresh);
    expect(files.sort()).toEqual(['032069.json', '112330.json']);
    await fresh.close();
  });

  it('shows the first four towns when the URL names none', async () => {
    const fresh = await browser.newPage();
    const files: string[] = [];
    fresh.on('request', (r) => {
      if (r.url().includes('/data/cities/')) files.push(r.url().replace(/^.*\/data\/cities\//, ''));
    });
    await open(fresh, 'indicators/');
    expect(files.sort()).toEqual(DEFAULTS.split(',').map((c) => `${c}.json`));
    for (const name of ['芦別市', '北斗市', '北上市', '北本市']) expect(await fresh.getByRole('checkbox', { name }).isChecked()).toBe(true);
    // These four are every town in the data: the table holds every line of indicators.csv.
    const ids = await shownIds(fresh);
    expect(ids.sort()).toEqual([...published.keys()].sort());
    expect(await status(fresh).textContent()).toBe(`${ids.length}件中${ids.length}件を表示しています。`);
    await fresh.close();
  });

  it('keeps an old ?city= link, filters by theme, keeps the choice in the URL, and downloads the rows shown as CSV', async () => {
    await open(page, 'indicators/?city=012360');
    const all = await table(page).locator('tbody tr').count();
    expect(await page.getByRole('checkbox', { name: '北斗市' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox').count()).toBe(1);
    await page.getByRole('combobox', { name: 'テーマ' }).selectOption({ label: '結婚・出産・子育て' });
    await page.waitForURL(/\?cities=012360&theme=childcare$/);

    const ids = await shownIds(page);
    expect(ids.length).toBeLessThan(all);
    expect(ids.every((id) => id.startsWith('012360-'))).toBe(true);
    // 000 line 764: 出生数 200～220人, a target of the third 北斗市 strategy on births.
    expect(ids).toContain('012360-g3-draft-summary-L764');
    expect(await status(page).textContent()).toBe(`${all}件中${ids.length}件を表示しています。`);

    const [download] = await Promise.all([page.waitForEvent('download'), downloadButton(page).click()]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    const [header, ...rows] = lines;
    // Same columns and order as public/data/indicators.csv, same row text for each indicator.
    expect(header).toBe(publishedLines[0]);
    expect(rows.map((r) => r.split(',')[0])).toEqual(ids);
    for (const row of rows) expect(row).toBe(published.get(row.split(',')[0]));
    // The file name says what was chosen (city code, theme), ASCII only.
    expect(download.suggestedFilename()).toBe('machikurabe-indicators-012360-childcare.csv');

    await page.reload();
    await drawn(page);
    expect(await page.getByRole('combobox', { name: 'テーマ' }).inputValue()).toBe('childcare');
    expect(await shownIds(page)).toEqual(ids);
  });

  it('shows each indicator as written, linked to its town page and source line', async () => {
    await open(page, 'indicators/?cities=012360&family=tourist-visits');
    // 001 line 241: ・観光入込客数 ⇒ 現状値 (H30) 76 万人 目標数値 90 万人.
    const row = table(page).getByRole('row').filter({ has: page.getByRole('link', { name: '241行目' }) });
    expect(await row.getByRole('rowheader').getByRole('link', { name: '観光入込客数' }).getAttribute('href')).toMatch(/cities\/012360-hokuto\/#indicator-012360-g2-strategy-L241$/);
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['北斗市', '第2期北斗市まち・ひと・しごと創生総合戦略', '施策の KPI', '76万人H30（2018年度）']);
    expect(cells[4]).toBe('90万人2024年度（計画期間から）');
    expect(await row.getByRole('link', { name: '241行目' }).getAttribute('href')).toMatch(/sources\/001_c90401aa62130a51\/#L241$/);
  });

  it('sorts by a column with a button in its heading and says so with aria-sort', async () => {
    await open(page, 'indicators/?family=births');
    const heading = table(page).getByRole('columnheader', { name: /目標値/ });
    expect(await heading.getAttribute('aria-sort')).toBeNull();
    await heading.getByRole('button').click();
    expect(await heading.getAttribute('aria-sort')).toBe('ascending');
    await heading.getByRole('button').click();
    expect(await heading.getAttribute('aria-sort')).toBe('descending');
    await page.waitForURL(new RegExp(`\\?cities=${DEFAULTS}&family=births&sort=target&order=desc$`));
    // 出生数: 北本市 380人 (002 line 357) before 北斗市 200～220人 (000 line 764).
    expect(await shownIds(page)).toEqual(['112330-g2-strategy-slides-L357', '012360-g3-draft-summary-L764']);
    expect(await status(page).textContent()).toMatch(/^目標値の降順に並べ替えました。/);
    await page.reload();
    await drawn(page);
    expect(await heading.getAttribute('aria-sort')).toBe('descending');
    expect(await shownIds(page)).toEqual(['112330-g2-strategy-slides-L357', '012360-g3-draft-summary-L764']);
  });

  it('sorts from the keyboard', async () => {
    await open(page, 'indicators/?family=births');
    const button = table(page).getByRole('columnheader', { name: /目標値/ }).getByRole('button');
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await table(page).getByRole('columnheader', { name: /目標値/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(await shownIds(page)).toEqual(['012360-g3-draft-summary-L764', '112330-g2-strategy-slides-L357']);
  });

  it('clears the filters, and the download name with them, keeping the towns', async () => {
    await open(page, 'indicators/?level=goal&kind=number');
    const filtered = (await shownIds(page)).length;
    const download = () => Promise.all([page.waitForEvent('download'), downloadButton(page).click()]);
    const stem = `machikurabe-indicators-${DEFAULTS.replaceAll(',', '-')}`;
    expect((await download())[0].suggestedFilename()).toBe(`${stem}-goal-number.csv`);
    await page.getByRole('button', { name: '条件をクリア' }).click();
    await page.waitForURL(`${baseUrl}indicators/?cities=${DEFAULTS}`);
    expect((await shownIds(page)).length).toBeGreaterThan(filtered);
    expect((await download())[0].suggestedFilename()).toBe(`${stem}.csv`);
  });

  it('adds a town found with the town picker, from the keyboard', async () => {
    await open(page, 'indicators/?cities=012165');
    const picker = page.getByRole('combobox', { name: '都市を追加' });
    await picker.focus();
    await page.keyboard.type('きたもと');
    await page.getByRole('option', { name: /北本市/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?cities=012165,112330$/);
    await drawn(page);
    expect(await page.getByRole('checkbox', { name: '北本市' }).isChecked()).toBe(true);
    const ids = await shownIds(page);
    expect(ids.some((id) => id.startsWith('112330-'))).toBe(true);
    expect(ids.some((id) => id.startsWith('012165-'))).toBe(true);
    expect(await picker.inputValue()).toBe('');
  });

  it('says which code has no data, and shows the others', async () => {
    await open(page, 'indicators/?cities=999999,012165');
    expect(await status(page).textContent()).toMatch(/^コード999999の市区町村のデータはありません。 \d+件中\d+件を表示しています。$/);
    expect((await shownIds(page)).every((id) => id.startsWith('012165-'))).toBe(true);
  });

  it('says the table is built in the browser, and where else to look, without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${baseUrl}indicators/?city=012360`);
    expect(await p.locator('tbody tr').count()).toBe(0);
    expect(await p.getByRole('table').count()).toBe(0);
    expect(await p.getByRole('combobox').count()).toBe(0);
    expect(await p.getByText('この表は、選んだ都市のデータをブラウザーで読み込んで組み立てます。').count()).toBe(1);
    const hrefs = async (name: string) => p.locator('indicator-table').getByRole('link', { name, exact: true }).getAttribute('href');
    expect(await hrefs('都市の一覧')).toMatch(/\/cities\/$/);
    expect(await hrefs('都道府県から探す')).toMatch(/\/prefectures\/$/);
    expect(await hrefs('データのダウンロード')).toMatch(/\/data\/$/);
    expect(await hrefs('すべての指標（indicators.csv）')).toMatch(/\/data\/indicators\.csv$/);
    await noJs.close();
  });
});
