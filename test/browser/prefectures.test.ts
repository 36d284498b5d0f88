import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

/** Prefecture pages and the peer groups of city pages, against content/ (芦別市 and 北斗市 in 北海道, 北上市 in 岩手県, 北本市 in 埼玉県). */
const baseUrl = inject('baseUrl');
const indicators = JSON.parse(readFileSync('content/indicators.json', 'utf8')) as { municipality: string }[];
const indicatorCount = (code: string) => indicators.filter((i) => i.municipality === code).length;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('the prefecture list', () => {
  it('lists the 47 prefectures with their municipalities and those covered, linking the ones with data', async () => {
    await page.goto(`${baseUrl}prefectures/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('都道府県');
    const rows = page.locator('main tbody tr');
    expect(await rows.count()).toBe(47);
    const hokkaido = page.getByRole('row', { name: /北海道/ });
    expect(await hokkaido.getByRole('cell').allTextContents()).toEqual(['179', '2']);
    expect(await hokkaido.getByRole('link').getAttribute('href')).toMatch(/\/prefectures\/01\/$/);
    expect(await page.getByRole('row', { name: /青森県/ }).getByRole('link').count()).toBe(0);
    expect(await page.getByText('全国1,741市区町村のうち4市区町村の計画を収録しています。').count()).toBe(1);
  });

  it('names prefectures in English under /en/', async () => {
    await page.goto(`${baseUrl}en/prefectures/`);
    expect(await page.getByRole('row', { name: /Saitama Prefecture/ }).getByRole('cell').allTextContents()).toEqual(['63', '1']);
  });
});

describe('a prefecture page', () => {
  it('lists its covered towns with population, plans and periods, and indicator counts', async () => {
    await page.goto(`${baseUrl}prefectures/01/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('北海道の市区町村');
    const hokuto = page.getByRole('row', { name: /北斗市/ });
    // reference/population-2020-census-preliminary.csv line 48: 01236,北斗市,44331.
    expect(await hokuto.getByText('44,331人').count()).toBe(1);
    expect(await hokuto.getByRole('link', { name: '第2期北斗市まち・ひと・しごと創生総合戦略' }).count()).toBe(1);
    expect(await hokuto.getByText('2020〜2024年度（令和2〜令和6年度）').count()).toBe(1);
    expect(await hokuto.getByRole('cell').last().textContent()).toBe(`${indicatorCount('012360')}件`);
    expect(await page.getByText('出典：総務省統計局『令和2年国勢調査 人口速報集計』（速報値）、2020年10月1日').count()).toBe(1);
    const others = page.getByRole('region', { name: /まだ計画を収録していない市区町村（177）/ });
    expect(await others.getByText('函館市', { exact: true }).count()).toBe(1);
  });

  it('marks names as written as Japanese on the English page', async () => {
    await page.goto(`${baseUrl}en/prefectures/03/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Municipalities of Iwate Prefecture');
    const row = page.getByRole('row', { name: /Kitakami City/ });
    expect(await row.locator('[lang="ja"]').first().textContent()).toBe('北上市');
    expect(await row.getByRole('cell').last().textContent()).toBe(String(indicatorCount('032069')));
  });

  it('is linked from the city page', async () => {
    await page.goto(`${baseUrl}cities/112330-kitamoto/`);
    await page.getByRole('link', { name: '埼玉県', exact: true }).click();
    await page.waitForURL(/\/prefectures\/11\/$/);
  });
});

describe('peer groups on a city page', () => {
  const group = (name: RegExp) => page.getByRole('region', { name });

  it('offers the same prefecture and a similar population as comparison links, the town first', async () => {
    await page.goto(`${baseUrl}cities/012360-hokuto/`);
    const same = group(/^同じ都道府県/);
    expect(await same.getByRole('link', { name: '芦別市', exact: true }).count()).toBe(1);
    expect(await same.getByRole('link', { name: /をくらべる$/ }).getAttribute('href')).toMatch(/\/compare\/\?cities=012360,012165$/);
    // 北本市 65,228 is within twice 北斗市's 44,331; 北上市 93,089 is not.
    const similar = group(/^人口の近い市区町村/);
    expect(await similar.getByText('22,166〜88,662人', { exact: false }).count()).toBe(1);
    expect(await similar.getByRole('link', { name: /をくらべる$/ }).getAttribute('href')).toMatch(/\/compare\/\?cities=012360,112330$/);
    expect(await similar.getByRole('link', { name: '北上市', exact: true }).count()).toBe(0);
  });

  it('says plainly when a group has no other town', async () => {
    await page.goto(`${baseUrl}cities/012165-ashibetsu/`);
    expect(await group(/^人口の近い市区町村/).getByText('当てはまるほかの市区町村は、まだ収録していません。').count()).toBe(1);
    await page.goto(`${baseUrl}en/cities/032069-kitakami/`);
    expect(await group(/^Same prefecture/).getByText('The site covers no other municipality that fits yet.').count()).toBe(1);
  });

  it('leads to the compare page with the set', async () => {
    await page.goto(`${baseUrl}en/cities/112330-kitamoto/`);
    const link = group(/^Similar population/).getByRole('link', { name: /^Compare Kitamoto City/ });
    expect(await link.getAttribute('href')).toMatch(/\/en\/compare\/\?cities=112330,032069,012360$/);
    const response = await page.goto(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(response?.status()).toBe(200);
  });
});
