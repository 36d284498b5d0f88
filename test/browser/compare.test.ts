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

/** Waits until the compare page has drawn the view its form and URL ask for. */
async function drawn(p: Page): Promise<void> {
  await p.locator('compare-view:not([aria-busy])[data-drawn]').waitFor({ state: 'attached' });
}

/** Opens the compare page at `path` and waits until it has drawn the towns of its URL. */
async function open(p: Page, path: string): Promise<void> {
  await p.goto(`${baseUrl}${path}`);
  await drawn(p);
}

/** Names of the city columns the compare table shows. */
async function shownCityColumns(p: Page): Promise<string[]> {
  await drawn(p);
  const table = p.getByRole('table', { name: '種類ごとの指標の一覧' });
  const headers = await table.getByRole('columnheader').allTextContents();
  return headers.slice(1).map((h) => h.trim());
}

describe('compare page', () => {
  it('compares two cities on a theme chosen through the form, and a reload of the shared URL restores the view', async () => {
    await open(page, `compare/`);
    const cities = page.getByRole('group', { name: '都市（2〜4都市）' });
    // Start from the four towns of the site; keep 北斗市 and 北本市.
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
    expect(await table.getByRole('rowheader', { name: '観光入込客数', exact: true }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: '出生数：現状値から目標値へ' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: '観光入込客数：現状値から目標値へ' }).count()).toBe(0);

    const shared = page.url();
    await page.reload();
    expect(page.url()).toBe(shared);
    await page.getByRole('status').filter({ hasText: 'くらべています' }).waitFor();
    expect(await page.getByRole('checkbox', { name: '北斗市' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '芦別市' }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'テーマ' }).inputValue()).toBe('childcare');
    expect(await shownCityColumns(page)).toEqual(['北斗市', '北本市']);
  });

  it('opens a shared link in a fresh page with that view, loading one data file per town and no more', async () => {
    const fresh = await browser.newPage();
    const files: string[] = [];
    fresh.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (/\/data\//.test(path)) files.push(path.replace(/^.*\/data\//, ''));
    });
    await open(fresh, `compare/?cities=032069,112330&theme=tourism`);
    expect(await shownCityColumns(fresh)).toEqual(['北上市', '北本市']);
    expect(files.sort()).toEqual(['cities/032069.json', 'cities/112330.json']);
    const chart = fresh.getByRole('figure', { name: '観光入込客数：現状値から目標値へ' });
    // One axis in 人 for 千人 and 万人 alike, and its per-1,000-residents panel; the takeaway counts each target once.
    expect(await chart.getByRole('img').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label')))).toEqual([
      '観光入込客数（人）の現状値と目標値',
      '観光入込客数（人、人口1,000人あたり）の現状値と目標値',
    ]);
    expect(await chart.getByText(/^2件の指標の目標は、増加2件です。$/).count()).toBe(1);
    await fresh.close();
  });

  it('is operable from the keyboard', async () => {
    await open(page, `compare/?cities=012165,012360,032069`);
    await page.getByRole('checkbox', { name: '北上市' }).focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/\?cities=012165,012360$/);
    await page.getByRole('combobox', { name: 'テーマ' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/theme=childcare$/);
    expect(await shownCityColumns(page)).toEqual(['芦別市', '北斗市']);
  });

  it('adds a town found by its reading with the town picker, from the keyboard', async () => {
    await open(page, `compare/?cities=012165,012360`);
    const picker = page.getByRole('combobox', { name: '都市を追加' });
    await picker.focus();
    await page.keyboard.type('きたかみ');
    await page.getByRole('option', { name: /北上市/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?cities=012165,012360,032069$/);
    expect(await shownCityColumns(page)).toEqual(['芦別市', '北斗市', '北上市']);
    expect(await page.getByRole('checkbox', { name: '北上市' }).isChecked()).toBe(true);
    expect(await picker.inputValue()).toBe('');
  });

  it('says so when the town picked has no plans in the data, and keeps the view', async () => {
    await open(page, `compare/?cities=012165,012360`);
    const picker = page.getByRole('combobox', { name: '都市を追加' });
    await picker.fill('さっぽろ');
    await page.getByRole('option', { name: /札幌市/ }).first().click();
    expect(await page.getByRole('status').filter({ hasText: '札幌市の計画はまだ収録していません。' }).count()).toBe(1);
    expect(page.url()).toMatch(/\?cities=012165,012360$/);
    expect(await shownCityColumns(page)).toEqual(['芦別市', '北斗市']);
  });

  it('asks for a second city when only one is left', async () => {
    await open(page, `compare/?cities=012360,112330`);
    await page.getByRole('checkbox', { name: '北本市' }).uncheck();
    expect(await page.getByRole('status').filter({ hasText: '2都市以上を選んでください' }).count()).toBe(1);
  });

  it('says which code has no data instead of failing silently', async () => {
    await open(page, `compare/?cities=012360,999999`);
    const status = page.getByRole('status').filter({ hasText: '999999' });
    expect(await status.textContent()).toMatch(/^コード999999の市区町村のデータはありません。 2都市以上を選んでください。/);
    expect(await shownCityColumns(page)).toEqual(['北斗市']);
  });

  describe('tourism in 北斗市, 北上市 and 北本市', () => {
    const URL = 'compare/?cities=012360,032069,112330&theme=tourism';
    const tourism = (p: Page) => p.getByRole('figure', { name: '観光入込客数：現状値から目標値へ' });

    it('puts the three towns’ tourist visits on one axis in 人, each with its values as written and their years', async () => {
      await open(page, URL);
      const panel = tourism(page).getByRole('img', { name: '観光入込客数（人）の現状値と目標値' });
      expect(await panel.locator('.axis-label').textContent()).toBe('値（人）');
      // 001 line 241: 観光入込客数 現状値 (H30) 76 万人 目標数値 90 万人 (plan FY2020–2024); 004 line 248: 1,044 千人（R5） 2,380 千人
      // (plan FY2021–2025); 002 line 331: 544千人 820千人, no year given for the baseline (plan FY2022–2025).
      const values = await panel.locator('[data-item]:not([hidden]) .row-values').allTextContents();
      expect(values).toHaveLength(3);
      expect(values[0]).toMatch(/^76万人（2018年度） → 90万人（2024年度）/);
      expect(values[1]).toMatch(/^1,044千人（2023年度） → 2,380千人（2025年度）/);
      expect(values[2]).toMatch(/^544千人（年度の記載なし） → 820千人（2025年度）/);
      // One scale: 900,000 and 2,380,000 persons both lie inside the axis, so 百万 ticks appear in 万.
      expect(await panel.locator('.tick').allTextContents()).toContain('100万');
    });

    it('has a per-1,000-residents view from the 2020 census, and states the population and its source', async () => {
      await open(page, URL);
      const per = tourism(page).getByRole('img', { name: '観光入込客数（人、人口1,000人あたり）の現状値と目標値' });
      expect(await per.locator('.axis-label').textContent()).toBe('人口1,000人あたり（人）');
      // reference/population-2020-census-preliminary.csv lines 48, 239, 577: 北斗市 44331, 北上市 93089, 北本市 65228;
      // 760,000人 ÷ 44.331 ≈ 17,144 and 900,000人 ÷ 44.331 ≈ 20,302.
      const first = await per.locator('[data-item]:not([hidden]) .row-values').first().textContent();
      expect(first).toMatch(/^17,144人（2018年度） → 20,302人（2024年度）/);
      const population = page.getByRole('list', { name: '人口（2020年10月1日）' });
      expect(await population.getByRole('listitem').filter({ visible: true }).allTextContents()).toEqual(['北斗市 44,331人', '北上市 93,089人', '北本市 65,228人']);
      expect(await page.getByText('出典：総務省統計局『令和2年国勢調査 人口速報集計』（速報値）、2020年10月1日').first().isVisible()).toBe(true);
    });

    it('marks a target of a plan that has ended by the build date, with the year it ended', async () => {
      // The build date, as the plan timeline marks it ("今日 YYYY-MM-DD"); its fiscal year starts in April.
      await page.goto(`${baseUrl}cities/`);
      const built = (await page.locator('svg[data-layout="wide"] .today-label').textContent())!.match(/(\d{4})-(\d{2})/)!;
      const fiscalYear = Number(built[2]) >= 4 ? Number(built[1]) : Number(built[1]) - 1;
      await open(page, URL);
      // 第2期北斗市まち・ひと・しごと創生総合戦略 runs 令和2年度～令和6年度 (FY2020–2024).
      const hokuto = await tourism(page).getByRole('img', { name: '観光入込客数（人）の現状値と目標値' }).locator('[data-city="012360"] .row-values').textContent();
      expect(hokuto?.includes('計画終了（2024年度）')).toBe(2024 < fiscalYear);
    });

    it('ranks ambition only within a family and unit, with both years on every bar', async () => {
      await open(page, URL);
      const ambition = page.getByRole('figure', { name: '目標の大きさ：1年あたりの変化率' });
      const groups = ambition.getByRole('img').filter({ visible: true });
      const names = await groups.evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label')));
      expect(names).toContain('観光入込客数（人）の目標の1年あたりの変化率');
      const visits = ambition.getByRole('img', { name: '観光入込客数（人）の目標の1年あたりの変化率' });
      // 北上市 R5 (FY2023) → FY2025: (2,380 − 1,044) ÷ 1,044 ÷ 2 ≈ +64.0 %; 北斗市 H30 (FY2018) → FY2024: (90 − 76) ÷ 76 ÷ 6 ≈ +3.1 %.
      const values = await visits.locator('[data-item] .row-values').allTextContents();
      expect(values.map((v) => v.replace(/、計画終了.*$/, ''))).toEqual(['2023年度※ → 2025年度（2年）、+64.0%／年', '2018年度※ → 2024年度（6年）、+3.1%／年']);
      expect(await ambition.getByText('※ 北上市「年間観光客数」の基準年度は2023年度で、同じ種類のほかの目標（2018年度）と異なります。').isVisible()).toBe(true);
    });

    it('lists the targets it leaves out for the selection, and counts what it lists', async () => {
      await open(page, URL);
      const leftOut = () => page.getByRole('figure', { name: '目標の大きさ：1年あたりの変化率' }).locator('details.left-out');
      await leftOut().locator('summary').click();
      const count = async () => Number((await leftOut().locator('summary').textContent())!.match(/（(\d+)件）/)![1]);
      const listed = () => leftOut().locator('.names > li');
      // 002 line 331: 北本市's 観光入込客数 gives no year for its baseline.
      expect(await listed().filter({ hasText: '北本市 観光入込客数' }).count()).toBe(1);
      expect(await count()).toBe(await listed().count());
      const withKitamoto = await count();
      await page.getByRole('checkbox', { name: '北本市' }).uncheck();
      await page.waitForURL(/\?cities=012360,032069&theme=tourism$/);
      await drawn(page);
      expect(await listed().filter({ hasText: '北本市' }).count()).toBe(0);
      // With nothing left out there is no list at all.
      const without = (await leftOut().count()) === 0 ? 0 : await count();
      expect(without).toBe(await listed().count());
      expect(without).toBeLessThan(withKitamoto);
    });

    it('lists each town’s indicators that are in no family under the town: 北上市 産業観光客数 (004 line 249)', async () => {
      await open(page, URL);
      const table = page.getByRole('table', { name: '種類ごとの指標の一覧' });
      const others = table.getByRole('row', { name: /^その他の指標/ });
      expect(await others.isVisible()).toBe(true);
      // Columns: 北斗市, 北上市, 北本市.
      const kitakami = others.getByRole('cell').nth(1);
      expect(await kitakami.getByRole('link', { name: '産業観光客数' }).isVisible()).toBe(true);
      // 004 line 249: 産業観光客数 3.4千人 → 15千人（R1水準）: the qualifier stays next to the number.
      expect(await kitakami.getByText('15千人（R1水準）').isVisible()).toBe(true);
    });
  });

  describe('without JavaScript', () => {
    it('says so and links to the pre-rendered pages, with no controls and no town’s data', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const noJs = await context.newPage();
      await noJs.goto(`${baseUrl}compare/?cities=012360,112330&theme=childcare`);
      expect(await noJs.getByText(/JavaScript が使えない場合は、テーマごとのページ/).isVisible()).toBe(true);
      expect(await noJs.getByRole('checkbox').count()).toBe(0);
      const links = noJs.getByRole('navigation', { name: 'テーマごとのページ' });
      expect(await links.getByRole('link', { name: '結婚・出産・子育て' }).getAttribute('href')).toMatch(/\/themes\/childcare\/$/);
      expect(await links.getByRole('link', { name: '都市の一覧' }).getAttribute('href')).toMatch(/\/cities\/$/);
      expect(await noJs.locator('svg[role="img"]').count()).toBe(0);
      await context.close();
    });
  });
});
