import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every console message that reports a blocked script or style (CSP) or an uncaught error. */
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
});

afterAll(async () => {
  await browser?.close();
});

const header = () => page.getByRole('banner').locator('input[name="q"]');
const listbox = () => page.getByRole('listbox');
const pageBox = () => page.getByRole('main').getByRole('searchbox');
const results = () => page.getByRole('main').locator('.results');
/** The page's status line (the town picker of the city filter has a live region of its own). */
const pageStatus = () => page.locator('search-page > [role="status"]');
/** The city filter: the town picker's field, and the button that removes the filter. */
const cityField = (name = '都市') => page.getByRole('main').getByRole('combobox', { name, exact: true });
const clearCity = (name = '都市の絞り込みを外す') => page.getByRole('main').getByRole('button', { name });
/** The cities the results are grouped under, in order. */
const resultCities = () => results().locator('h3.city').allTextContents();
/** The notice the search page shows while its code and index load (src/i18n/ui.ts 'search.loading'). */
const LOADING = /検索の準備をしています|Preparing the search/;

/** Opens the search page with a query string and waits for its results (or its empty state), not just the loading notice. */
async function openSearch(query: string, lang = ''): Promise<void> {
  await page.goto(`${baseUrl}${lang}search/${query}`);
  await pageStatus().filter({ hasText: /\S/, hasNotText: LOADING }).waitFor();
}

describe('search', () => {
  describe('header box on every page', () => {
    it('fetches no search code or index until the reader types', async () => {
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(r.url()));
      await page.goto(`${baseUrl}themes/`);
      await page.waitForLoadState('networkidle');
      expect(fetched.filter((u) => /search-index|headerCombobox/.test(u))).toEqual([]);
      await header().pressSequentially('移住');
      await listbox().getByRole('option').first().waitFor();
      expect(fetched.some((u) => u.includes('search-index.json'))).toBe(true);
      page.removeAllListeners('request');
    });

    it('runs the engine in a worker, started on the first keystroke, so the index never loads on the main thread', async () => {
      await page.goto(`${baseUrl}about/`);
      expect(page.workers()).toEqual([]);
      const started = page.waitForEvent('worker');
      await header().pressSequentially('DX');
      expect((await started).url()).toMatch(/\/_astro\/search\.worker-[\w-]+\.js$/);
      await listbox().getByRole('option').first().waitFor();
      // The page itself holds no index: the manifest was fetched by the worker.
      expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('search-index')))).toBe(false);
    });

    it('shows instant results for 子育てアプリ (kanji and katakana) and announces the count', async () => {
      await page.goto(baseUrl);
      await header().pressSequentially('子育てアプリ');
      const option = listbox().getByRole('option', { name: /子育てアプリ登録者数/ });
      await option.waitFor();
      expect(await page.locator('site-search [role="status"]').textContent()).toMatch(/「子育てアプリ」の検索結果：\d+件/);
      expect(await option.locator('mark').first().textContent()).toBe('子育てアプリ');
    });

    it('opens a result with the keyboard: ↓ to choose it, Enter to go to its row on the city page', async () => {
      const combobox = page.getByRole('combobox');
      const options = await listbox().getByRole('option').allTextContents();
      const index = options.findIndex((t) => t.includes('子育てアプリ登録者数'));
      for (let i = 0; i <= index; i += 1) await combobox.press('ArrowDown');
      expect(await listbox().getByRole('option', { selected: true }).textContent()).toContain('子育てアプリ登録者数');
      await combobox.press('Enter');
      await page.waitForURL(/\/cities\/012360-hokuto\/#indicator-012360-g2-strategy-L463$/);
    });

    it('closes the list with Escape and submits to the search page with Enter', async () => {
      await page.goto(baseUrl);
      await header().pressSequentially('移住');
      await listbox().getByRole('option').first().waitFor();
      await page.getByRole('combobox').press('Escape');
      expect(await listbox().isHidden()).toBe(true);
      await page.getByRole('combobox').press('Enter');
      await page.waitForURL(/\/search\/\?q=%E7%A7%BB%E4%BD%8F$/);
    });
  });

  describe('search page', () => {
    it('finds 北斗市 from its kana reading ほくと', async () => {
      await openSearch('?q=ほくと');
      await results().getByRole('link', { name: '北斗市', exact: true }).waitFor();
      expect(await pageBox().inputValue()).toBe('ほくと');
    });

    it('finds 北上市 from its romanized name, typed', async () => {
      await page.goto(`${baseUrl}search/`);
      await pageBox().pressSequentially('kitakami');
      await results().getByRole('link', { name: '北上市', exact: true }).waitFor();
      expect(page.url()).toBe(`${baseUrl}search/?q=kitakami`);
    });

    it('matches full-width ＤＸ with DX in the data, highlighted', async () => {
      await openSearch('?q=ＤＸ');
      const link = results().getByRole('link', { name: '6-3-5 自治体DXの推進' });
      await link.waitFor();
      expect(await link.locator('mark').textContent()).toBe('DX');
    });

    it('forgives a typo: 子育てアプル finds 子育てアプリ登録者数', async () => {
      await openSearch('?q=子育てアプル');
      await results().getByRole('link', { name: /子育てアプリ登録者数/ }).waitFor();
    });

    it('groups results by type and city, each linking to the city page and the source line', async () => {
      await openSearch('?q=移住');
      const groups = await results().locator('section.group h2').allTextContents();
      // No goal title of the four cities says 移住; measures, actions and indicators do.
      expect(groups.map((g) => g.replace(/\s*\d+件$/, ''))).toEqual(['施策', '取組', '指標']);
      const indicators = results().locator('section[data-kind="indicator"]');
      expect(await indicators.locator('h3').allTextContents()).toContain('北斗市');
      expect(await indicators.getByRole('link', { name: /^出典 \d+行目$/ }).first().getAttribute('href')).toMatch(/\/sources\/001_c90401aa62130a51\/#L\d+$/);
    });

    it('moves through results with ↑/↓ and opens one with Enter; Escape returns to the box', async () => {
      await openSearch('?q=空き家');
      await pageBox().focus();
      await page.keyboard.press('ArrowDown');
      const first = results().locator('a[data-result]').first();
      expect(await first.evaluate((a) => a === document.activeElement)).toBe(true);
      await page.keyboard.press('Escape');
      expect(await pageBox().evaluate((i) => i === document.activeElement)).toBe(true);
      await page.keyboard.press('ArrowDown');
      const target = await first.getAttribute('href');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.href.endsWith(target ?? '-'));
    });

    it('keeps query and filters in the URL, and a reload (a shared link) shows the same results', async () => {
      await page.goto(`${baseUrl}search/`);
      await pageBox().pressSequentially('移住');
      await page.getByRole('main').getByLabel('種類').selectOption('indicator');
      await page.waitForURL(/kind=indicator/);
      await results().locator('section[data-kind="indicator"]').waitFor();
      const url = page.url();
      expect(url).toBe(`${baseUrl}search/?q=%E7%A7%BB%E4%BD%8F&kind=indicator`);
      const before = await results().locator('a[data-result]').allTextContents();
      await page.reload();
      await results().locator('a[data-result]').first().waitFor();
      expect(await results().locator('a[data-result]').allTextContents()).toEqual(before);
      expect(await pageBox().inputValue()).toBe('移住');
      expect(await page.getByRole('main').getByLabel('種類').inputValue()).toBe('indicator');
      expect(await results().locator('section.group').count()).toBe(1);
    });

    it('says clearly when nothing matches, with suggestions', async () => {
      await openSearch('?q=宇宙エレベーター');
      expect(await pageStatus().textContent()).toContain('一致する結果はありません');
      expect(await results().getByRole('link', { name: '子育てアプリ' }).getAttribute('href')).toMatch(/\/search\/\?q=/);
    });

    it('works in English at /en/search/', async () => {
      await openSearch('?q=kitakami', 'en/');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await results().locator('h2').first().textContent()).toMatch(/^Cities/);
      expect(await results().getByRole('link', { name: '北上市' }).getAttribute('href')).toMatch(/\/en\/cities\/032069-kitakami\/$/);
    });

    describe('city filter (the town picker)', () => {
      // content/indicators.json: 出生数 is an indicator of 北斗市 (012360) and of 北本市 (112330, きたもとし).
      it('filters by a town chosen in the picker from the keyboard, keeps it in the URL, and removes it with the button', async () => {
        await openSearch('?q=出生数&kind=indicator');
        expect([...(await resultCities())].sort()).toEqual(['北斗市', '北本市']);
        expect(await clearCity().isHidden()).toBe(true);
        await cityField().focus();
        await page.keyboard.type('きたもと');
        await page.getByRole('option', { name: /北本市/ }).waitFor();
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await page.waitForURL(`${baseUrl}search/?q=%E5%87%BA%E7%94%9F%E6%95%B0&city=112330&kind=indicator`);
        await expect.poll(resultCities).toEqual(['北本市']);
        expect(await results().getByRole('link', { name: '出生数', exact: true }).getAttribute('href')).toMatch(/\/cities\/112330-kitamoto\/#/);
        expect(await cityField().inputValue()).toBe('北本市');
        // The button is reached with Tab (after the picker's link to the prefectures) and pressed with
        // Enter; the focus returns to the emptied field.
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        expect(await clearCity().evaluate((b) => b === document.activeElement)).toBe(true);
        await page.keyboard.press('Enter');
        await page.waitForURL(`${baseUrl}search/?q=%E5%87%BA%E7%94%9F%E6%95%B0&kind=indicator`);
        await expect.poll(async () => [...(await resultCities())].sort()).toEqual(['北斗市', '北本市']);
        expect(await cityField().inputValue()).toBe('');
        expect(await cityField().evaluate((i) => i === document.activeElement)).toBe(true);
        expect(await clearCity().isHidden()).toBe(true);
      });

      it('shows the town of a shared URL by name, and searches within it', async () => {
        await openSearch('?q=出生数&city=012360');
        await expect.poll(() => cityField().inputValue()).toBe('北斗市');
        expect(await resultCities()).toEqual(['北斗市']);
        expect(await clearCity().isVisible()).toBe(true);
        expect(page.url()).toBe(`${baseUrl}search/?q=%E5%87%BA%E7%94%9F%E6%95%B0&city=012360`);
        // Text typed and left without choosing a town gives way to the town chosen.
        await cityField().fill('きた');
        await page.keyboard.press('Tab');
        await expect.poll(() => cityField().inputValue()).toBe('北斗市');
        expect(page.url()).toBe(`${baseUrl}search/?q=%E5%87%BA%E7%94%9F%E6%95%B0&city=012360`);
      });

      it('removes the filter when Escape empties the field (a first Escape closes the list the focus opened)', async () => {
        await openSearch('?q=出生数&city=012360&kind=indicator');
        await expect.poll(() => cityField().inputValue()).toBe('北斗市');
        await cityField().focus();
        await page.getByRole('option', { name: /北斗市/ }).waitFor();
        await page.keyboard.press('Escape');
        expect(await cityField().getAttribute('aria-expanded')).toBe('false');
        expect(page.url()).toContain('city=012360');
        await page.keyboard.press('Escape');
        await page.waitForURL(`${baseUrl}search/?q=%E5%87%BA%E7%94%9F%E6%95%B0&kind=indicator`);
        await expect.poll(async () => [...(await resultCities())].sort()).toEqual(['北斗市', '北本市']);
        expect(await clearCity().isHidden()).toBe(true);
      });

      it('shows the town of a URL without a query in English, and keeps the URL', async () => {
        await page.goto(`${baseUrl}en/search/?city=112330`);
        await expect.poll(() => cityField('City').inputValue()).toBe('Kitamoto City');
        expect(await clearCity('Remove the city filter').isVisible()).toBe(true);
        expect(page.url()).toBe(`${baseUrl}en/search/?city=112330`);
      });

      it('lists no town in the page: the picker fetches them (/data/towns.json) when its field is used', async () => {
        await page.goto(`${baseUrl}search/`);
        const options = await page.getByRole('main').getByRole('option').allTextContents();
        expect(options.filter((o) => /芦別市|北斗市|北上市|北本市/.test(o))).toEqual([]);
        const fields = page.getByRole('main').locator('[name="city"]');
        expect(await fields.evaluateAll((list) => list.map((f) => `${f.tagName} ${(f as HTMLInputElement).type} "${(f as HTMLInputElement).value}"`))).toEqual(['INPUT hidden ""']);
        const towns = page.waitForResponse((r) => r.url().endsWith('/data/towns.json'));
        await cityField().focus();
        expect((await towns).ok()).toBe(true);
      });
    });

    it('ran without CSP violations or script errors', () => {
      expect(problems).toEqual([]);
    });
  });

  describe('without JavaScript', () => {
    it('the search page says search needs JavaScript and links to lists to browse', async () => {
      const noJs = await browser.newContext({ javaScriptEnabled: false });
      const plain = await noJs.newPage();
      await plain.goto(`${baseUrl}search/?q=移住`);
      // Playwright's text and role locators skip <noscript>, so CSS locators are used here.
      const notice = plain.locator('.noscript');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.locator('p').textContent()).toContain('この検索はブラウザーの JavaScript で動きます');
      expect(await notice.locator('a').first().textContent()).toBe('すべての指標の一覧');
      expect(await notice.locator('a').first().getAttribute('href')).toMatch(/\/indicators\/$/);
      await noJs.close();
    });

    it('the form still submits its query and filters; the city field gives way to the prefecture list', async () => {
      const noJs = await browser.newContext({ javaScriptEnabled: false });
      const plain = await noJs.newPage();
      await plain.goto(`${baseUrl}search/`);
      expect(await plain.getByRole('combobox', { name: '都市', exact: true }).isVisible()).toBe(false);
      expect(await plain.getByRole('button', { name: '都市の絞り込みを外す' }).isVisible()).toBe(false);
      expect(await plain.getByRole('main').getByRole('link', { name: '都道府県から探す' }).getAttribute('href')).toMatch(/\/prefectures\/$/);
      await plain.getByRole('main').getByLabel('種類').selectOption('indicator');
      await plain.getByRole('main').getByRole('searchbox').fill('移住');
      await plain.getByRole('main').getByRole('button', { name: '検索', exact: true }).click();
      await plain.waitForURL(`${baseUrl}search/?q=%E7%A7%BB%E4%BD%8F&city=&theme=&kind=indicator`);
      await noJs.close();
    });
  });
});
