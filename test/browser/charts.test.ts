import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let withJs: BrowserContext;
let withoutJs: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  withJs = await browser.newContext();
  withoutJs = await browser.newContext({ javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
});

/** Accessible names of the page's SVG charts (role="img"). */
async function chartNames(page: Page): Promise<string[]> {
  const charts = page.locator('figure.chart svg[role="img"]');
  const names: string[] = [];
  for (const chart of await charts.all()) names.push((await chart.getAttribute('aria-label')) ?? '');
  return names;
}

/** One page of each kind with charts, the title of a chart it must have, and part of that chart's key sentence. */
const PAGES = [
  { path: 'themes/childcare/', title: '出生数：現状値から目標値へ', takeaway: '2件の指標の目標は、増加2件です。' },
  { path: 'themes/childcare/', title: '目標の大きさ：1年あたりの変化率', takeaway: '件の目標の1年あたりの変化率を、同じ種類の指標どうしでだけ' },
  { path: 'themes/', title: '都市とテーマごとの目標・施策・指標の数', takeaway: '最も多いのは' },
  { path: 'cities/', title: '計画期間と目標年度', takeaway: 'の時点で、5計画のうち' },
  { path: 'cities/012360-hokuto/', title: '新函館北斗駅周辺への立地企業数：前の計画の目標と、後の計画が示す実績', takeaway: '2023年度の34社は' },
  { path: 'en/themes/tourism/', title: 'Tourist visits: from baseline to target', takeaway: 'Targets by direction (3 in all): 3 up.' },
];

describe('charts', () => {
  for (const [label, context] of [
    ['with JavaScript', () => withJs],
    ['with JavaScript disabled', () => withoutJs],
  ] as const) {
    describe(label, () => {
      for (const { path, title, takeaway } of PAGES) {
        it(`/${path} has “${title}” as an SVG with role="img", a name, a takeaway and a data table`, async () => {
          const page = await context().newPage();
          await page.goto(`${baseUrl}${path}`);
          const figure = page.getByRole('figure', { name: title });
          expect(await figure.count()).toBe(1);
          expect(await figure.getByRole('heading', { name: title }).isVisible()).toBe(true);
          expect(await figure.getByText(takeaway, { exact: false }).first().isVisible()).toBe(true);
          const svg = figure.getByRole('img');
          expect(await svg.count()).toBeGreaterThan(0);
          expect(await svg.first().evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
          expect(await svg.first().isVisible()).toBe(true);
          const box = await svg.first().boundingBox();
          expect(box?.height).toBeGreaterThan(50);
          await figure.getByText(/^(データ表|Data table)$/).click();
          expect(await figure.getByRole('table').isVisible()).toBe(true);
          expect((await chartNames(page)).every((name) => name.length > 0)).toBe(true);
          await page.close();
        });
      }
    });
  }

  it('labels every value axis with its base unit: 観光入込客数 in 万人 and 千人 on one axis in 人, and per 1,000 residents', async () => {
    const page = await withJs.newPage();
    await page.goto(`${baseUrl}themes/tourism/`);
    const figure = page.getByRole('figure', { name: '観光入込客数：現状値から目標値へ' });
    expect(await figure.getByRole('img').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label')))).toEqual([
      '観光入込客数（人）の現状値と目標値',
      '観光入込客数（人、人口1,000人あたり）の現状値と目標値',
    ]);
    expect(await figure.locator('svg[data-layout="wide"] .axis-label').allTextContents()).toEqual(['値（人）', '人口1,000人あたり（人）']);
    expect(await figure.getByText('万人・千人などで書かれた値は人に直して同じ軸に置いています', { exact: false }).count()).toBe(1);
    await page.close();
  });

  it('labels ticks of a base-unit axis readably in English: 観光入込客数 in k and m', async () => {
    const page = await withJs.newPage();
    await page.goto(`${baseUrl}en/themes/tourism/`);
    const panel = page.getByRole('img', { name: 'Tourist visits (people): baselines and targets' });
    // 北上市's 2,380千人 (004 line 248) = 2,380,000人 puts the axis past 2 million.
    expect(await panel.locator('.tick').allTextContents()).toEqual(expect.arrayContaining(['0', '500k', '1m', '2m']));
    await page.close();
  });

  it('keeps a value’s qualifier in the chart label: 道南いさりび鉄道利用人数 約1,800人 (H30) → 約2,000人 (001 lines 619–620)', async () => {
    const page = await withoutJs.newPage();
    await page.goto(`${baseUrl}themes/transport-urban/`);
    const panel = page.getByRole('img', { name: '公共交通の利用者数（人）の現状値と目標値' });
    const label = await panel.locator('[data-city="012360"] .row-values').filter({ hasText: '約1,800人' }).textContent();
    expect(label).toMatch(/^約1,800人（2018年度） → 約2,000人（2024年度）/);
    await page.close();
  });

  it('highlights a city from the chart key without JavaScript', async () => {
    const page = await withoutJs.newPage();
    await page.goto(`${baseUrl}themes/childcare/`);
    const figure = page.getByRole('figure', { name: '出生数：現状値から目標値へ' });
    await figure.getByRole('radio', { name: '北本市' }).check();
    const opacity = (code: string) => figure.locator(`svg [data-city="${code}"]`).first().evaluate((el) => getComputedStyle(el).opacity);
    await expect.poll(() => opacity('012360')).toBe('0.2');
    expect(await opacity('112330')).toBe('1');
    await page.close();
  });

  it('states the ambition formula next to the chart', async () => {
    const page = await withJs.newPage();
    await page.goto(`${baseUrl}themes/childcare/`);
    expect(await page.getByText('変化率（年）＝（目標値 − 基準値）÷ 基準値 ÷（目標年度 − 基準年度）', { exact: false }).count()).toBe(1);
    await page.close();
  });

  it('marks today on the timeline with the build date', async () => {
    const page = await withoutJs.newPage();
    await page.goto(`${baseUrl}cities/`);
    const figure = page.getByRole('figure', { name: '計画期間と目標年度' });
    expect(await figure.locator('svg[data-layout="wide"] .today-label').textContent()).toMatch(/^今日 \d{4}-\d{2}-\d{2}$/);
    // Explained in words for people: the date of the data, never the variable that sets it.
    expect(await figure.getByText('データを最後に更新した日', { exact: false }).count()).toBe(1);
    expect(await figure.getByText('SOURCE_DATE_EPOCH', { exact: false }).count()).toBe(0);
    await page.close();
  });
});
