/**
 * Hostile text stays inert. Builds the site once more from a temporary copy of the project with
 * the fixture test/fixtures/hostile/ (HTML, a <script>, a javascript: URL and spreadsheet formulas in
 * the text of a document of 千代田区) added to seeds/, serves it with its own `astro preview`, and
 * opens the pages that show the fixture in Chromium: nothing runs, no element or link is created
 * from the text, the text is shown as written, and the CSV exports carry neutralized formulas.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startPreview, type Preview } from '../../scripts/check/startPreview';
import { runIngest } from '../../scripts/ingest/pipeline/runIngest';
import { CENSUS_POPULATION } from '../../scripts/ingest/read/censusPopulation';
import { writeOutputs } from '../../scripts/ingest/write/writeOutputs';
import { launchChromium } from '../support/browser';
import { copyProject, REPO, type ProjectCopy } from '../support/projectCopy';

const fixture = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
/** What `astro build` reads (reference/ holds the census table the town list joins); content/ and public/data/ are then rewritten by the ingest. */
const COPIED = ['src', 'scripts', 'seeds', 'reference', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Astro keeps its content cache in node_modules/.astro; the copy's node_modules is the repo's, so its cache goes elsewhere. */
const CONFIG = 'astro.hostile.config.mjs';
const HOSTILE = {
  html: '<img src=x onerror=alert(1)>',
  script: '<script>window.__pwned=1</script>',
  bold: '<b>太字の指標</b>',
  url: 'javascript:alert(1)',
  hyperlink: '=HYPERLINK("http://evil.example","x")',
};

let copy: ProjectCopy | undefined;
let root: string;
let preview: Preview | undefined;
let browser: Browser;

beforeAll(async () => {
  copy = await copyProject('hostile', COPIED);
  root = copy.root;
  // The fixture's document and manifest only: directories pass, other files stay out.
  await cp(fixture, path.join(root, 'seeds'), { recursive: true, filter: (f) => !/\.[^./]+$/.test(f) || /\.(txt|yaml)$/.test(f) });
  await writeFile(path.join(root, CONFIG), "import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.astro-cache/' };\n");
  await writeOutputs(root, (await runIngest(root, { populationFile: path.join(REPO, CENSUS_POPULATION.file) })).files);
  // cwd (the copy's root): the source pages read seeds/ relative to the working folder.
  await copy.astro(['build', '--root', root, '--config', CONFIG, '--silent']);
  preview = await startPreview({ root, config: CONFIG, base: process.env.BASE_PATH });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  await copy?.remove();
});

/** Opens a page, collecting any dialog; waits until the network is quiet so that an onerror would have fired. */
async function open(url: string): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, dialogs };
}

/** The checks every page gets: nothing ran, no element or link was made from the text. */
async function expectInert(page: Page, dialogs: string[]): Promise<void> {
  expect(dialogs, 'dialogs opened').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), 'window.__pwned').toBeUndefined();
  expect(await page.locator('[onerror], [onload]').count(), 'elements with an inline event handler').toBe(0);
  expect(await page.locator('img[src="x"]').count(), '<img src=x> elements').toBe(0);
  expect(await page.locator('a[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i]').count(), 'javascript: URLs').toBe(0);
  expect(await page.locator('b').filter({ hasText: '太字の指標' }).count(), '<b> elements from the text').toBe(0);
  const scripts = await page.locator('script').evaluateAll((list) => list.filter((s) => s.textContent?.includes('__pwned')).length);
  expect(scripts, 'script elements from the text').toBe(0);
}

/** True when the text appears, as written, in the page's visible text. */
async function shows(page: Page, text: string): Promise<boolean> {
  return (await page.locator('body').innerText()).includes(text);
}

describe('a document with hostile text (test/fixtures/hostile/)', () => {
  describe('the city page of 千代田区', () => {
    for (const prefix of ['', 'en/']) {
      it(`/${prefix}cities/131016-chiyoda/ shows goal titles and indicator names as text, inert`, async () => {
        const { page, dialogs } = await open(`${preview!.url}${prefix}cities/131016-chiyoda/`);
        await expectInert(page, dialogs);
        for (const text of [HOSTILE.hyperlink, '-2+3', '@SUM(1)', '+1+1', HOSTILE.script, HOSTILE.html, HOSTILE.bold]) {
          expect(await shows(page, text), text).toBe(true);
        }
        await page.close();
      });
    }
  });

  describe('the source page', () => {
    it('/sources/900_hostile/ shows every line as written, the javascript: URL as plain text', async () => {
      const { page, dialogs } = await open(`${preview!.url}sources/900_hostile/#L39`);
      await expectInert(page, dialogs);
      for (const text of [HOSTILE.html, HOSTILE.script, HOSTILE.url, HOSTILE.hyperlink, '<b>まち</b>', '(1) -2+3']) {
        expect(await shows(page, text), text).toBe(true);
      }
      // The manifest's notes on the original publication (urlNote, publishedSource) are text too.
      expect(await shows(page, '<a href="javascript:alert(1)">原本</a>'), 'urlNote').toBe(true);
      await page.close();
    });
  });

  describe('the indicator table', () => {
    it('/indicators/?city=131016 shows the names as text and downloads neutralized CSV', async () => {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${preview!.url}indicators/?city=131016`, { waitUntil: 'networkidle' });
      await expectInert(page, dialogs);
      for (const text of [HOSTILE.hyperlink, '@SUM(1)', '+1+1', HOSTILE.script, HOSTILE.html, HOSTILE.bold]) {
        expect(await shows(page, text), text).toBe(true);
      }
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '表示中の指標を CSV でダウンロード' }).click()]);
      const csv = await readFile((await download.path())!, 'utf8');
      expect(csv.split('\r\n').filter((l) => l.startsWith('131016-')).length).toBe(7);
      expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
      expect(csv).toContain(",'@SUM(1),");
      expect(csv).toContain(",'-2+3,");
      expect(csv).toContain(",'+1+1,");
      expect(csv).not.toMatch(/(^|,)[=+@]/m);
      await context.close();
    });

    it('the published data/indicators.csv carries the same neutralized cells', async () => {
      const csv = await (await fetch(`${preview!.url}data/indicators.csv`)).text();
      expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example"",""x"")",`);
      expect(csv).toContain(",'@SUM(1),");
      expect(csv).not.toMatch(/(^|,)[=+@]/m);
    });
  });

  describe('other pages that quote the fixture', () => {
    /**
     * Route → a hostile text the page shows (search results and comparisons are drawn in the browser,
     * from the index and from the towns' data files; with five towns /framework/ shows counts, not titles).
     */
    const PAGES: [string, string][] = [
      ['compare/?cities=131016,012360', HOSTILE.hyperlink],
      ['compare/?cities=131016,012360', HOSTILE.script],
      ['en/indicators/?city=131016', HOSTILE.script],
      ['search/?q=HYPERLINK', HOSTILE.hyperlink],
      ['search/?q=pwned', HOSTILE.script],
      ['search/?q=onerror', HOSTILE.html],
    ];
    for (const [route, text] of PAGES) {
      it(`/${route} shows ${text} as text, inert`, async () => {
        const { page, dialogs } = await open(`${preview!.url}${route}`);
        // The compare page lays out its table only near the screen (content-visibility), so look at the end of the page too.
        const scrolled = () => page.evaluate(() => window.scrollTo(0, document.body.scrollHeight)).then(() => shows(page, text));
        await expect.poll(scrolled, { timeout: 5000 }).toBe(true);
        await expectInert(page, dialogs);
        await page.close();
      });
    }
  });
});
