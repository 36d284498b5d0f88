/**
 * `npm run bench:pages` — after `npm run build`, walks dist/ and prints, per page type, the gzipped
 * bytes of each page's HTML and of the JavaScript it loads: its `<script src>` files with every
 * module they import statically, plus its inline scripts; chunks loaded later with import() are
 * counted apart. Figures only; the budgets are printed beside them, nothing asserts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = path.resolve('dist');
const BASE = (process.env.BASE_PATH ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');

/** Page types by path (language prefix removed), with the JavaScript budget the project set. */
const TYPES: { type: string; pattern: RegExp; budget: number }[] = [
  { type: 'home', pattern: /^$/, budget: 2048 },
  { type: 'cities (timeline)', pattern: /^cities\/$/, budget: 15360 },
  { type: 'city (chart)', pattern: /^cities\/[^/]+\/$/, budget: 15360 },
  { type: 'themes (matrix)', pattern: /^themes\/$/, budget: 15360 },
  { type: 'theme (charts)', pattern: /^themes\/[^/]+\/$/, budget: 15360 },
  { type: 'compare', pattern: /^compare\/$/, budget: 25600 },
  { type: 'indicators', pattern: /^indicators\/$/, budget: 25600 },
  { type: 'framework', pattern: /^framework\/$/, budget: 2048 },
  { type: 'search', pattern: /^search\/$/, budget: 25600 },
  { type: 'source text', pattern: /^sources\/[^/]+\/$/, budget: 2048 },
  { type: 'other', pattern: /.*/, budget: 2048 },
];

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** A file under dist/ from a URL path on the site (base removed). */
function distFile(url: string): string {
  const clean = url.split(/[?#]/)[0]!;
  const rel = clean.startsWith(BASE) ? clean.slice(BASE.length) : clean.replace(/^\//, '');
  return path.join(DIST, rel);
}

/** A module and everything it imports statically; dynamic import() targets are collected in `lazy`. */
function moduleGraph(file: string, seen: Set<string>, lazy: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g)) {
    moduleGraph(path.resolve(path.dirname(file), m[1]!), seen, lazy);
  }
  for (const m of code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) lazy.add(path.resolve(path.dirname(file), m[1]!));
}

/** Gzipped bytes of a page: HTML, JavaScript loaded with it, JavaScript it may load later. */
function weigh(htmlFile: string): { html: number; js: number; lazy: number } {
  const html = readFileSync(htmlFile, 'utf8');
  const seen = new Set<string>();
  const lazy = new Set<string>();
  let inline = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(m[1]!)?.[1];
    if (src) moduleGraph(distFile(src), seen, lazy);
    else if (!/type="application\/(ld\+)?json"/.test(m[1]!) && m[2]!.trim()) inline += gz(m[2]!);
  }
  const sum = (files: Iterable<string>) => [...files].reduce((n, f) => n + gz(readFileSync(f)), 0);
  const later = new Set<string>();
  for (const f of lazy) if (!seen.has(f)) moduleGraph(f, later, new Set());
  return { html: gz(html), js: sum(seen) + inline, lazy: sum([...later].filter((f) => !seen.has(f))) };
}

const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html'))
  .map((f) => f.split(path.sep).join('/'))
  .sort();
const groups = new Map<string, { budget: number; rows: { page: string; html: number; js: number; lazy: number }[] }>();
for (const page of pages) {
  const route = page.replace(/index\.html$/, '').replace(/^en\//, '').replace(/^en$/, '');
  const { type, budget } = TYPES.find((t) => t.pattern.test(route))!;
  const group = groups.get(type) ?? { budget, rows: [] };
  group.rows.push({ page, ...weigh(path.join(DIST, page)) });
  groups.set(type, group);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(['page type', 'pages', 'JS gz (max)', 'JS budget', 'lazy JS gz (max)', 'HTML gz (median)', 'HTML gz (max)', 'largest page'].join('\t'));
for (const { type } of TYPES) {
  const group = groups.get(type);
  if (!group) continue;
  const max = (k: 'html' | 'js' | 'lazy') => Math.max(...group.rows.map((r) => r[k]));
  const htmls = group.rows.map((r) => r.html).sort((a, b) => a - b);
  const largest = group.rows.reduce((a, r) => (r.html + r.js > a.html + a.js ? r : a));
  console.log([type, group.rows.length, kb(max('js')), kb(group.budget), kb(max('lazy')), kb(htmls[htmls.length >> 1]!), kb(max('html')), largest.page].join('\t'));
}
