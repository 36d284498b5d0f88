import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';

/**
 * Phones and chart labels: at 390 px no page scrolls sideways and no visible text (HTML or SVG, after
 * the SVG's own scaling) is under 11 px; on every chart of the site, at 1280 and 390 px, no two labels
 * of one SVG overlap.
 */
const baseUrl = inject('baseUrl');
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
/** Smallest rendered font size allowed, in CSS pixels. */
const MIN_FONT_PX = 11;

/** One page of each type; each is checked in Japanese and under /en/. */
const PAGE_TYPES = [
  '',
  'cities/',
  'cities/012360-hokuto/',
  'prefectures/',
  'prefectures/01/',
  'themes/',
  'themes/tourism/',
  'compare/',
  'compare/?cities=012360,032069,112330&theme=tourism',
  'indicators/',
  'framework/',
  'search/',
  'search/?q=出生数',
  // A town chosen in the city filter's picker, named from /data/towns.json.
  'search/?q=出生数&city=112330',
  ...(existsSync(`${dist}sources/index.html`) ? ['sources/'] : []),
  'sources/000_df427b3fa16fc0bd/',
  'data/',
  'about/',
  'methodology/',
  'no-such-page/',
];

/** Every page of the site that draws charts: city pages, theme pages, the two overviews and compare. */
const dirs = (path: string) => readdirSync(`${dist}${path}`, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${path}${d.name}/`);
const CHART_PAGES = [
  'cities/',
  'themes/',
  ...dirs('cities/'),
  ...dirs('themes/'),
  'compare/',
  'compare/?cities=012360,032069,112330&theme=tourism',
].flatMap((p) => [p, `en/${p}`]);

let browser: Browser;
let phone: BrowserContext;
let desktop: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
});

/** Visible text smaller than MIN_FONT_PX: 'tag "text" 9.2px' for each, in document order. */
function tinyText(page: Page, min: number): Promise<string[]> {
  return page.evaluate((minPx) => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<Element>('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!own) continue;
      const rect = el.getBoundingClientRect();
      // Not rendered (closed <details>, display:none) or visually hidden (1 px clip for screen readers).
      if (el.getClientRects().length === 0 || rect.width <= 1 || rect.height <= 1) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.opacity === '0') continue;
      let size = parseFloat(style.fontSize);
      if (el instanceof SVGGraphicsElement) {
        const ctm = el.getScreenCTM();
        if (ctm) size *= Math.hypot(ctm.a, ctm.b);
      }
      if (size < minPx - 0.05) found.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${size.toFixed(1)}px`);
    }
    return found;
  }, min);
}

/** Pairs of labels that overlap within one chart SVG: '#id: "a" × "b"'. */
function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const svgs = document.querySelectorAll<SVGSVGElement>('figure.chart svg[role="img"]');
    svgs.forEach((svg, n) => {
      if (svg.getClientRects().length === 0) return;
      const boxes = [...svg.querySelectorAll<SVGTextElement>('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '' && t.getClientRects().length > 0 && !t.closest('[hidden]'))
        .map((t) => ({ text: (t.textContent ?? '').trim(), box: t.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0);
      // 1 px of slack: glyph boxes include line gap, so touching boxes are not an overlap.
      const slack = 1;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.box;
          const b = boxes[j]!.box;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > slack && h > slack) found.push(`${svg.id || `svg ${n}`}: "${boxes[i]!.text.slice(0, 24)}" × "${boxes[j]!.text.slice(0, 24)}"`);
        }
      }
    });
    return found;
  });
}

describe('at 390 px (a phone)', () => {
  for (const lang of ['', 'en/']) {
    for (const path of PAGE_TYPES) {
      const url = `${lang}${path}`;
      it(`/${url} does not scroll sideways and has no text under ${MIN_FONT_PX} px`, async () => {
        const page = await phone.newPage();
        await page.goto(`${baseUrl}${url}`);
        await page.waitForLoadState('networkidle');
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(scrollWidth, 'document scroll width').toBeLessThanOrEqual(clientWidth);
        expect(await tinyText(page, MIN_FONT_PX)).toEqual([]);
        await page.close();
      });
    }
  }
});

describe('chart labels', () => {
  for (const [label, context] of [
    ['1280', () => desktop],
    ['390', () => phone],
  ] as const) {
    for (const path of CHART_PAGES) {
      it(`do not overlap on /${path} at ${label} px`, async () => {
        const page = await context().newPage();
        await page.goto(`${baseUrl}${path}`);
        await page.waitForLoadState('networkidle');
        expect(await overlappingLabels(page)).toEqual([]);
        await page.close();
      });
    }
  }
});
