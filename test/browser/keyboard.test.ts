/**
 * The main journeys with the keyboard only (page.keyboard: Tab, Shift+Tab, Enter, Space, arrows;
 * no clicks, no focus() calls): skip link, a city from the home page, a figure's source link to its
 * highlighted line, the language switch, and choosing cities and a theme on /compare/. Every focus
 * stop on the way must be visible: a computed outline or box-shadow while it matches :focus-visible.
 */
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

/** What has the focus, and whether it shows. */
interface Focused {
  tag: string;
  /** aria-label, else the label of a form control, else the text. */
  name: string;
  href: string | null;
  checked: boolean | null;
  inMain: boolean;
  /** Matches :focus-visible and draws an outline or a box-shadow. */
  visible: boolean;
}

/** Describes document.activeElement (written as a string: no helper functions reach the page). */
function focused(p: Page): Promise<Focused> {
  return p.evaluate(`(() => {
    const e = document.activeElement;
    const s = getComputedStyle(e);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    // innerText, not textContent: the rendered name, without print-only text (a source link's document title).
    const label = e.getAttribute('aria-label') || (e.labels && e.labels[0] ? e.labels[0].textContent : '') || e.innerText || '';
    return {
      tag: e.tagName,
      name: label.replace(/\\s+/g, ' ').trim(),
      href: e.getAttribute('href'),
      checked: 'checked' in e && e.type === 'checkbox' ? e.checked : null,
      inMain: !!e.closest('main'),
      visible: e.matches(':focus-visible') && (outline || s.boxShadow !== 'none'),
    };
  })()`) as Promise<Focused>;
}

/** Presses a key until the focus matches, checking that every stop on the way is visibly focused. */
async function pressUntil(p: Page, key: 'Tab' | 'Shift+Tab', match: (f: Focused) => boolean, max = 200): Promise<Focused> {
  for (let i = 0; i < max; i += 1) {
    await p.keyboard.press(key);
    const f = await focused(p);
    if (f.tag !== 'BODY') expect(f.visible, `focus is not visible on <${f.tag.toLowerCase()}> "${f.name}"`).toBe(true);
    if (match(f)) return f;
  }
  throw new Error(`no focus stop matched within ${max} presses of ${key}`);
}

describe('keyboard only', () => {
  it('skip link → main, then a city from the home page', async () => {
    await page.goto(baseUrl);
    const skip = await pressUntil(page, 'Tab', () => true, 1);
    expect(skip).toMatchObject({ tag: 'A', name: '本文へ移動', href: '#main' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    // The next stop is the first one inside main, past the header and its navigation.
    const first = await pressUntil(page, 'Tab', () => true, 1);
    expect(first.inMain).toBe(true);

    await pressUntil(page, 'Tab', (f) => f.tag === 'A' && f.name === '北斗市');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}cities/012360-hokuto/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('北斗市');
  });

  it("follows a figure's source link to the highlighted line", async () => {
    await page.goto(`${baseUrl}cities/012360-hokuto/`);
    // 新函館北斗駅周辺への立地企業数 31社 → 50社: its first 出典 link goes to line 214 of the 第2期 strategy.
    const link = await pressUntil(page, 'Tab', (f) => f.tag === 'A' && f.name === '出典 214行目');
    expect(link.href).toBe(`${new URL(baseUrl).pathname}sources/001_c90401aa62130a51/#L214`);
    const hash = '#L214';
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === hash && url.pathname.includes('/sources/'));
    const target = await page.evaluate(`(() => {
      const t = document.querySelector(':target');
      if (!t) return null;
      const r = t.getBoundingClientRect();
      return { id: t.id, background: getComputedStyle(t).backgroundColor, page: getComputedStyle(document.body).backgroundColor, inView: r.top >= 0 && r.top < innerHeight };
    })()`) as { id: string; background: string; page: string; inView: boolean } | null;
    expect(target).not.toBeNull();
    expect(target!.id).toBe(hash.slice(1));
    expect(target!.inView).toBe(true);
    expect(target!.background).not.toBe(target!.page);
    expect(target!.background).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('switches the language of the page it is on, and back', async () => {
    await page.goto(`${baseUrl}cities/012360-hokuto/`);
    await pressUntil(page, 'Tab', (f) => f.tag === 'A' && f.name === 'English');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}en/cities/012360-hokuto/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await pressUntil(page, 'Tab', (f) => f.tag === 'A' && f.name === '日本語');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}cities/012360-hokuto/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
  });

  it('chooses two cities and a theme on /compare/', async () => {
    await page.goto(`${baseUrl}compare/`);
    // All four cities start checked: leave 北斗市 and 北本市.
    for (const city of ['芦別市', '北上市']) {
      const box = await pressUntil(page, 'Tab', (f) => f.name === city);
      expect(box.checked).toBe(true);
      await page.keyboard.press('Space');
      expect((await focused(page)).checked).toBe(false);
    }
    await pressUntil(page, 'Tab', (f) => f.tag === 'SELECT');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/\?cities=012360,112330&theme=childcare$/);
    expect(await page.getByRole('combobox', { name: 'テーマ' }).inputValue()).toBe('childcare');
    // Shift+Tab walks back to the cities; the choice stands.
    const back = await pressUntil(page, 'Shift+Tab', (f) => f.name === '北本市');
    expect(back.checked).toBe(true);
    const status = page.getByRole('status').filter({ hasText: 'くらべています' });
    expect(await status.textContent()).toMatch(/^北斗市、北本市を「結婚・出産・子育て」でくらべています。/);
  });

  describe('every focus stop is visible', () => {
    const PAGES = ['', 'cities/012360-hokuto/', 'themes/', 'compare/', 'indicators/', 'sources/003_814edfe68be90aab/', 'search/?q=出生数', 'en/data/'];
    for (const path of PAGES) {
      it(`/${path}`, async () => {
        await page.goto(`${baseUrl}${path}`);
        // Tab through the whole page until the focus comes back to the skip link.
        let stops = 0;
        await pressUntil(page, 'Tab', (f) => {
          stops += 1;
          return stops > 1 && f.href === '#main';
        }, 1500);
        expect(stops).toBeGreaterThan(10);
      }, 120_000);
    }
  });
});
