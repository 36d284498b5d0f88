/**
 * Pages at national scale, which the real data (four towns, each on one page, every family drawn as
 * a dumbbell chart) never shows: towns picked on a theme page's distributions, and a town too
 * large for one page. This test builds the site once more, from a temporary copy of the project,
 * out of a small synthetic data set (scripts/synthetic: six towns, a fixed seed), where the theme's
 * largest families are drawn as distributions; serves it with its own `astro preview`; and checks in
 * Chromium that the towns of `?cities=` (or picked with the town picker) are marked on every
 * distribution at the place their data file gives, named, and listed in a table under each chart,
 * with the charts and the links to the indicator table still there without JavaScript.
 * Every expectation is computed here from the built /data/cities/<code>.json files.
 */
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startPreview, type Preview } from '../../scripts/check/startPreview';
import { writeSyntheticContent } from '../../scripts/synthetic/content/writeSyntheticContent';
import type { CityData, CityDataIndicator } from '../../src/lib/compare/cityData';
import { cityPagePath } from '../../src/lib/cityPages/cityPagePath';
import { CITY_PAGE_MAX_INDICATORS } from '../../src/lib/pageScale';
import { recordAnchor } from '../../src/lib/recordAnchor';
import { launchChromium } from '../support/browser';
import { copyProject, type ProjectCopy } from '../support/projectCopy';

/** What `astro build` reads besides the content: the site's code, its static files and the census table the town list joins. */
const COPIED = ['src', 'public', 'reference', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Six towns of different size (北斗市 … 大阪市) and a fixed seed: the theme `jobs` then draws some of its families as distributions. */
const CODES = ['012360', '032069', '112330', '132209', '214213', '271004'];
const SEED = 20_250_401;
const THEME = 'jobs';
/** 北本市 and 北方町. */
const PICKED = ['112330', '214213'];

let copy: ProjectCopy | undefined;
let preview: Preview | undefined;
let browser: Browser;
/** The towns' data files, as the build wrote them. */
const towns = new Map<string, CityData>();
/** Seconds the second build took (printed, for the CI time budget). */
let buildSeconds = 0;

beforeAll(async () => {
  const started = performance.now();
  copy = await copyProject('sample', COPIED);
  // The generator recombines the committed content/ of the repository (its working folder).
  await writeSyntheticContent(path.join(copy.root, 'synthetic'), SEED, CODES);
  // The synthetic folder keeps its own content cache (src/core/contentLocation.ts), so the copy's build shares none with the repository's.
  await copy.astro(['build', '--root', copy.root, '--silent'], { MACHIKURABE_CONTENT: 'synthetic' });
  preview = await startPreview({ root: copy.root, base: process.env.BASE_PATH });
  for (const code of CODES) towns.set(code, (await (await fetch(`${preview.url}data/cities/${code}.json`)).json()) as CityData);
  browser = await launchChromium();
  buildSeconds = (performance.now() - started) / 1000;
  console.log(`nationalSample: synthetic build of ${CODES.length} towns served in ${buildSeconds.toFixed(1)} s`);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  await copy?.remove();
});

/** A panel as the page has it: its axis attributes and the picked marks drawn on it. */
interface PanelSeen {
  family: string;
  layout: string;
  unit: string;
  perResident: boolean;
  domain: [number, number];
  range: [number, number];
  marks: { row: 'baseline' | 'target'; town: string; x: number }[];
  names: { row: 'baseline' | 'target'; town: string; text: string }[];
}

/** Every distribution panel of the page with its marks. */
function panels(page: Page): Promise<PanelSeen[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('figure[data-strip-family] svg[data-unit]')].map((svg) => {
      const pair = (v: string | undefined) => (v ?? '').split(' ').map(Number) as [number, number];
      const row = (el: Element) => (el.closest('.strip-baseline') ? 'baseline' : 'target') as 'baseline' | 'target';
      return {
        family: svg.closest<HTMLElement>('figure')!.dataset['stripFamily']!,
        layout: svg.dataset['layout']!,
        unit: svg.dataset['unit']!,
        perResident: svg.dataset['derived'] !== undefined,
        domain: pair(svg.dataset['domain']),
        range: pair(svg.dataset['range']),
        marks: [...svg.querySelectorAll('.pick')].map((g) => ({ row: row(g), town: g.getAttribute('data-town')!, x: Number(g.querySelector('.pick-line')!.getAttribute('x1')) })),
        names: [...svg.querySelectorAll('.pick-label')].map((t) => ({ row: row(t), town: t.getAttribute('data-town')!, text: t.textContent ?? '' })),
      };
    }),
  );
}

/**
 * The value a row places for an indicator, in the base unit: the baseline; the target as written,
 * its lower end for a range, the baseline for 維持 without a number, 0 for 均衡, none when qualitative.
 */
function valueOf(i: CityDataIndicator, row: 'baseline' | 'target'): number | null {
  if (row === 'baseline') return i.baseline.valueBase;
  if (i.target.kind === 'qualitative') return null;
  if (i.target.kind === 'zero-balance') return 0;
  if (i.target.kind === 'maintain') return i.target.valueBase ?? i.baseline.valueBase;
  return i.target.valueBase;
}

/** A picked town's indicators that a panel holds, read straight from its data file: on the theme, of the family, in the panel's unit, with a value on the row. */
function expectedOn(town: CityData, panel: PanelSeen, row: 'baseline' | 'target'): CityDataIndicator[] {
  return town.indicators.filter(
    (i) =>
      (i.themes as string[]).includes(THEME) &&
      i.family === panel.family &&
      i.unitBase === panel.unit &&
      (!panel.perResident || i.words.ja.perThousand !== null) &&
      valueOf(i, row) !== null,
  );
}

/** Where a value sits on a panel: the linear map of its domain onto its pixel range. */
const xOf = (panel: PanelSeen, value: number) => panel.range[0] + ((value - panel.domain[0]) / (panel.domain[1] - panel.domain[0])) * (panel.range[1] - panel.range[0]);

/** Opens a page of the synthetic site in a fresh context; with JavaScript, waits until the marks of its URL are drawn. */
async function open(path: string, javaScriptEnabled = true, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, colorScheme, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${preview!.url}${path}`);
  if (javaScriptEnabled) await page.locator('theme-highlight[data-drawn]').waitFor();
  return page;
}

describe(`the theme page /themes/${THEME}/ at national scale (synthetic, ${CODES.length} towns)`, () => {
  describe('with towns in the URL', () => {
    let page: Page;
    let seen: PanelSeen[];
    beforeAll(async () => {
      page = await open(`themes/${THEME}/?cities=${PICKED.join(',')}`);
      seen = await panels(page);
    });
    afterAll(() => page.context().close());

    it('draws some families as distributions (the build this test needs)', () => {
      expect(new Set(seen.map((p) => p.family)).size).toBeGreaterThan(0);
    });

    it('marks each picked town’s baselines and targets where its data file puts them, on every panel that holds them', () => {
      let checked = 0;
      for (const panel of seen) {
        for (const row of ['baseline', 'target'] as const) {
          for (const code of PICKED) {
            const town = towns.get(code)!;
            const expected = expectedOn(town, panel, row).map((i) => {
              const value = valueOf(i, row)!;
              // Per 1,000 residents: the value over the town's population in thousands.
              return xOf(panel, panel.perResident ? (value * 1000) / town.population.count : value);
            });
            const drawn = panel.marks.filter((m) => m.row === row && m.town === code).map((m) => m.x);
            expect(drawn.length, `${panel.family} ${panel.unit} ${panel.perResident ? 'per 1,000' : ''} ${panel.layout} ${row} ${code}`).toBe(expected.length);
            const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
            sorted(drawn).forEach((x, i) => expect(x).toBeCloseTo(sorted(expected)[i]!, 6));
            checked += drawn.length;
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
    });

    it('names a picked town beside its marks', () => {
      for (const panel of seen.filter((p) => p.layout === 'wide')) {
        for (const name of panel.names) expect(name.text).toBe(towns.get(name.town)!.name.ja);
        // At least the town with marks on the row is named there, unless its name finds no room (then the table names it).
        for (const row of ['baseline', 'target'] as const) {
          const marked = new Set(panel.marks.filter((m) => m.row === row).map((m) => m.town));
          if (marked.size === 1) expect(panel.names.filter((n) => n.row === row).map((n) => n.town)).toEqual([...marked]);
        }
      }
    });

    it('lists the picked towns’ indicators in a table under each distribution, with the values as their data files word them', async () => {
      const figure = page.locator('figure[data-strip-family]').first();
      const family = (await figure.getAttribute('data-strip-family'))!;
      await figure.getByText('選んだ市区町村の値').click();
      const table = figure.getByRole('table', { name: /選んだ市区町村の現状値と目標値$/ });
      expect(await table.isVisible()).toBe(true);
      const wide = seen.filter((p) => p.family === family && p.layout === 'wide' && !p.perResident);
      for (const code of PICKED) {
        const town = towns.get(code)!;
        const expected = wide.flatMap((p) => expectedOn(town, p, 'baseline'));
        const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: town.name.ja }) });
        for (const ind of expected) {
          const row = rows.filter({ has: page.getByRole('link', { name: ind.name, exact: true }) }).filter({ hasText: ind.words.ja.baseline.text }).first();
          expect(await row.getByRole('cell').nth(1).textContent()).toContain(ind.words.ja.baseline.text);
          expect(await row.getByRole('cell').nth(2).textContent()).toContain(ind.words.ja.target.text);
        }
      }
    });

    it('says which towns it shows, and adds them to the links to the compare page and the indicator table', async () => {
      expect(await page.getByRole('status').filter({ hasText: '図に示しています' }).textContent()).toBe(
        `${PICKED.map((c) => towns.get(c)!.name.ja).join('、')}を図に示しています。印のない図には、その市区町村の指標がありません。`,
      );
      const family = (await page.locator('figure[data-strip-family]').first().getAttribute('data-strip-family'))!;
      const familyLink = page.locator(`a[href*="/indicators/?theme=${THEME}&family=${family}"]`);
      expect(await familyLink.getAttribute('href')).toMatch(new RegExp(`/indicators/\\?theme=${THEME}&family=${family}&cities=${PICKED.join(',')}$`));
      expect(await page.getByRole('link', { name: 'このテーマで都市をくらべる' }).first().getAttribute('href')).toMatch(new RegExp(`/compare/\\?theme=${THEME}&cities=${PICKED.join(',')}$`));
    });

    it('does not overlap any two labels of a chart, names included', async () => {
      const overlaps = await page.evaluate(() => {
        const found: string[] = [];
        for (const svg of document.querySelectorAll<SVGSVGElement>('figure[data-strip-family] svg[role="img"]')) {
          if (svg.getClientRects().length === 0) continue;
          const boxes = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() })).filter((b) => b.box.width > 0);
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i]!.box;
              const b = boxes[j]!.box;
              if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1) found.push(`${svg.id}: ${boxes[i]!.text} × ${boxes[j]!.text}`);
            }
        }
        return found;
      });
      expect(overlaps).toEqual([]);
    });

    for (const scheme of ['light', 'dark'] as const) {
      it(`passes axe with the marks drawn and the tables open (${scheme} mode)`, async () => {
        const checked = scheme === 'light' ? page : await open(`themes/${THEME}/?cities=${PICKED.join(',')}`, true, scheme);
        await checked.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('details.chart-picks').forEach((d) => (d.open = true)));
        // The controls and the charts it draws into (the rest of the page is what test/browser/accessibility.test.ts checks on the real build).
        const results = await new AxeBuilder({ page: checked }).include('theme-highlight').include('figure[data-strip-family]').include('.family-table').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
        if (checked !== page) await checked.context().close();
      });
    }
  });

  describe('loading a shared link', () => {
    it('does not shift the layout when the marks arrive', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(() => {
        (window as unknown as { __shift: number }).__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) (window as unknown as { __shift: number }).__shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      await page.goto(`${preview!.url}themes/${THEME}/?cities=${PICKED.join(',')}`);
      await page.locator('theme-highlight[data-drawn]').waitFor();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.01);
      await context.close();
    });
  });

  describe('picking with the keyboard', () => {
    it('adds a town from the picker, writes it to the URL and marks it; its button removes it', async () => {
      const page = await open(`themes/${THEME}/`);
      expect(await page.locator('.pick').count()).toBe(0);
      const town = towns.get(PICKED[1]!)!;
      const field = page.getByRole('combobox', { name: '市区町村を加える' });
      await field.focus();
      await field.pressSequentially(town.name.ja);
      await page.getByRole('option', { name: new RegExp(town.name.ja) }).first().waitFor();
      await field.press('ArrowDown');
      await field.press('Enter');
      await page.waitForURL(new RegExp(`\\?cities=${town.code}$`));
      await page.locator('theme-highlight[data-drawn]').waitFor();
      expect(await page.locator(`.pick[data-town="${town.code}"]`).count()).toBeGreaterThan(0);
      const remove = page.getByRole('button', { name: `${town.name.ja}を外す` });
      await remove.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.search === '');
      await expect.poll(() => page.locator('.pick').count()).toBe(0);
      await page.context().close();
    });
  });

  describe('in English', () => {
    it('names the towns in English, the indicators in Japanese with lang="ja", and links to the English indicator table', async () => {
      const page = await open(`en/themes/${THEME}/?cities=${PICKED.join(',')}`);
      const figure = page.locator('figure[data-strip-family]').first();
      const family = (await figure.getAttribute('data-strip-family'))!;
      const names = new Set(await page.locator('.pick-label').allTextContents());
      expect([...names].sort()).toEqual(PICKED.map((c) => towns.get(c)!.name.en).filter((n) => names.has(n)).sort());
      expect(names.size).toBeGreaterThan(0);
      await figure.getByText('Values of the towns you picked').click();
      const table = figure.getByRole('table', { name: /baselines and targets of the towns you picked$/ });
      expect(await table.locator('a[lang="ja"]').count()).toBeGreaterThan(0);
      expect(await page.locator(`a[href*="/en/indicators/?theme=${THEME}&family=${family}"]`).count()).toBe(1);
      await page.context().close();
    });
  });

  describe('without JavaScript', () => {
    it('shows the charts as built, no controls, and links each family to the paged indicator table', async () => {
      const page = await open(`themes/${THEME}/?cities=${PICKED.join(',')}`, false);
      const figures = page.locator('figure[data-strip-family]');
      expect(await figures.count()).toBeGreaterThan(0);
      expect(await figures.first().getByRole('img').first().isVisible()).toBe(true);
      expect(await page.locator('theme-highlight').isVisible()).toBe(false);
      expect(await page.locator('details.chart-picks').first().isVisible()).toBe(false);
      const family = (await figures.first().getAttribute('data-strip-family'))!;
      expect(await page.locator(`a[href$="/indicators/?theme=${THEME}&family=${family}"]`).isVisible()).toBe(true);
      expect(await page.locator(`a[href$="/indicators/?theme=${THEME}"]`).isVisible()).toBe(true);
      await page.context().close();
    });
  });
});

describe(`a town too large for one page (synthetic, more than ${CITY_PAGE_MAX_INDICATORS} indicators)`, () => {
  /** The towns whose data files put indicators on a page after the first. */
  const split = () => [...towns.values()].filter((town) => town.indicators.some((i) => i.page > 1));
  const pagesOf = (town: CityData) => Math.max(...town.indicators.map((i) => i.page));

  it('exists in the sample (the build this test needs)', () => {
    expect(split().length).toBeGreaterThan(0);
  });

  it('has an overview page whose contents and page list lead to every later page, and no indicator on it', async () => {
    for (const town of split()) {
      const page = await open(cityPagePath(town.slug, 1).slice(1), false);
      expect(await page.getByRole('heading', { name: 'このまちのページの目次' }).count()).toBe(1);
      const nav = page.getByRole('navigation', { name: new RegExp(town.name.ja) }).first();
      for (let n = 2; n <= pagesOf(town); n++) expect(await nav.locator(`a[href$="${cityPagePath(town.slug, n)}"]`).count(), `${town.slug} page ${n}`).toBe(1);
      expect(await page.locator('[id^="indicator-"]').count()).toBe(0);
      await page.context().close();
    }
  });

  it('shows each indicator on the page its data file names, and no page more than the limit', async () => {
    for (const town of split()) {
      for (let n = 2; n <= pagesOf(town); n++) {
        const page = await open(cityPagePath(town.slug, n).slice(1), false);
        const ids = new Set(await page.locator('[id^="indicator-"]').evaluateAll((list) => list.map((e) => e.id)));
        const expected = town.indicators.filter((i) => i.page === n).map((i) => recordAnchor('indicator', i.id));
        expect([...ids].sort(), `${town.slug} page ${n}`).toEqual(expected.sort());
        expect(ids.size).toBeLessThanOrEqual(CITY_PAGE_MAX_INDICATORS);
        expect(await page.locator('nav a[aria-current="page"]').first().getAttribute('href')).toMatch(new RegExp(`${cityPagePath(town.slug, n)}$`));
        await page.context().close();
      }
    }
  });

  it('is legible on a phone: a later page does not scroll sideways at 390 px', async () => {
    const town = split()[0]!;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${preview!.url}${cityPagePath(town.slug, 2).slice(1)}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
