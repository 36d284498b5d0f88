import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

const baseUrl = inject('baseUrl');
/** 北斗市 第2期, line 214: `・企業立地数 (新函館北斗駅周辺) ⇒ 現状値 (第 1 期実績) 31社 目標数値 50社`. */
const CITY = 'cities/012360-hokuto/';
const INDICATOR = /企業立地数\(新函館北斗駅周辺\)/;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('city page', () => {
  it('shows the city, its plans with draft/adopted status, and the progress rule', async () => {
    const response = await page.goto(`${baseUrl}${CITY}`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('北斗市');
    const plans = page.getByRole('region', { name: '計画と世代' });
    expect(await plans.getByText('策定済み').count()).toBeGreaterThan(0);
    expect(await plans.getByText('案', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByText('判定のきまり').count()).toBe(1);
  });

  it('states the population next to the heading, with its source', async () => {
    await page.goto(`${baseUrl}${CITY}`);
    // reference/population-2020-census-preliminary.csv line 48: 01236,北斗市,44331 (2020 census, preliminary counts, 1 October 2020).
    const fact = page.locator('main p.population');
    expect(await fact.textContent()).toMatch(/^人口 44,331人/);
    expect(await fact.getByText('出典：総務省統計局『令和2年国勢調査 人口速報集計』（速報値）、2020年10月1日').isVisible()).toBe(true);
    await page.goto(`${baseUrl}en/${CITY}`);
    const en = page.locator('main p.population');
    expect(await en.textContent()).toMatch(/^Population 44,331/);
    expect(await en.getByText('(preliminary counts), 1 October 2020', { exact: false }).isVisible()).toBe(true);
    expect(await en.locator('cite').getAttribute('lang')).toBe('ja');
  });

  it('shows a target’s qualifier next to the number: 北上市 職業訓練施設等での資格取得者延べ人数 年760人 (004 line 336)', async () => {
    await page.goto(`${baseUrl}cities/032069-kitakami/`);
    const row = page.getByRole('row', { name: /職業訓練施設等での資格取得者延べ人数/ });
    expect(await row.getByText('年760人', { exact: true }).isVisible()).toBe(true);
    // 004 line 334: 新規就農者数 20人（累計）.
    const farmers = page.getByRole('row', { name: /新規就農者数/ }).first();
    expect(await farmers.getByText('20人（累計）', { exact: true }).isVisible()).toBe(true);
  });

  it('marks the current section in the navigation', async () => {
    await page.goto(`${baseUrl}${CITY}`);
    const nav = page.getByRole('navigation', { name: 'サイト内ナビゲーション' });
    expect(await nav.getByRole('link', { name: '都市' }).getAttribute('aria-current')).toBe('true');
    expect(await nav.getByRole('link', { name: 'ホーム' }).getAttribute('aria-current')).toBeNull();
  });

  describe('a figure’s source link', () => {
    it('leads to the highlighted source line that states the figure', async () => {
      await page.goto(`${baseUrl}${CITY}`);
      const row = page.getByRole('row', { name: INDICATOR }).first();
      const target = (await row.getByRole('cell').nth(1).textContent()) ?? '';
      expect(target).toContain('50社');

      await row.getByRole('link', { name: /^出典/ }).click();
      await page.waitForURL(/\/sources\/001_c90401aa62130a51\/#L\d+$/);
      const line = new URL(page.url()).hash.slice(1);

      const targeted = page.locator(':target');
      expect(await targeted.getAttribute('id')).toBe(line);
      expect(await targeted.getByRole('link', { name: `${line.slice(1)}行目へのリンク` }).count()).toBe(1);
      expect(await targeted.textContent()).toContain('50社');
      // Only the :target rule draws an outline: the line is highlighted without any script.
      const outline = await targeted.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).toBe('solid');
    });

    it('shows the source text as text, never as HTML', async () => {
      await page.goto(`${baseUrl}sources/001_c90401aa62130a51/#L528`);
      expect(await page.locator(':target').textContent()).toContain('<p>');
    });
  });

  it('offers a citation and a pre-filled correction issue for a figure', async () => {
    await page.goto(`${baseUrl}${CITY}`);
    const row = page.getByRole('row', { name: INDICATOR }).first();
    await row.getByText('引用・訂正').click();
    expect(await row.getByText(/北斗市「第2期北斗市まち・ひと・しごと創生総合戦略」\d+行目/).count()).toBe(1);
    const issue = await row.getByRole('link', { name: /誤りを報告する/ }).getAttribute('href');
    expect(issue).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/new\?title=/);
  });
});

describe('language switch', () => {
  it('goes to the same page in English and back', async () => {
    await page.goto(`${baseUrl}${CITY}`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${baseUrl}en/${CITY}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Hokuto City');

    await page.getByRole('link', { name: '日本語' }).click();
    await page.waitForURL(`${baseUrl}${CITY}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
  });
});
