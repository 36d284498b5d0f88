import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

const baseUrl = inject('baseUrl');
/** 北斗市: two plans (第2期 strategy and its summary), so the longest kind of city page. */
const CITY = 'cities/012360-hokuto/';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('city page table of contents', () => {
  for (const [prefix, label, first] of [
    ['', 'このページの目次', '計画と世代'],
    ['en/', 'On this page', 'Plans and generations'],
  ] as const) {
    it(`lists the overview sections, every plan and every goal, each link to an element of the page (/${prefix})`, async () => {
      await page.goto(`${baseUrl}${prefix}${CITY}`);
      const toc = page.getByRole('navigation', { name: label });
      const links = toc.getByRole('link');
      expect(await links.first().textContent()).toBe(first);
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const ids = await page.locator('main section[id^="plan-"], main section[id^="goal-"]').evaluateAll((els) => els.map((e) => `#${e.id}`));
      expect(ids.length).toBeGreaterThan(2);
      // Every plan and goal section of the page, in page order, after the four overview links.
      expect(hrefs).toEqual(['#plans', '#themes', '#progress', '#peers', ...ids]);
      for (const href of hrefs) expect(await page.locator(href).count(), href).toBe(1);
    });
  }

  it('takes a keyboard user to the goal: Enter on a goal link brings the goal to the top, without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${baseUrl}${CITY}`);
    const link = p.getByRole('navigation', { name: 'このページの目次' }).locator('a[href^="#goal-"]').last();
    const target = (await link.getAttribute('href'))!;
    await link.focus();
    await p.keyboard.press('Enter');
    await p.waitForURL(new RegExp(`${target}$`));
    const top = await p.locator(target).evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(5);
    await noJs.close();
  });
});
