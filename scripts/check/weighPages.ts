/**
 * Measures a built site (dist/) in gzipped bytes, for `npm run bench:pages` (figures) and
 * `npm run check:budgets` (the gate): each page's HTML, the JavaScript it loads at start and the
 * JavaScript it may load later.
 *
 * "At start" means the page's `<script src>` modules with every module they import statically
 * (`import … from './x.js'`, which the browser fetches before running the script), plus inline
 * scripts. Chunks reached only through a dynamic `import('./x.js')` are "lazy": the browser fetches
 * them when the code runs that import, which on this site is on user action (the header search
 * loads its code on the first keystroke); so are worker scripts (`new Worker(new URL('…js',
 * import.meta.url))`: the search engine), fetched when the code starts the worker. Vite's `__vite__mapDeps([…])` preload lists name the
 * same lazy chunks and are not counted at start either.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The gzipped (level 9) size of a text or file content, in bytes. */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** The weight of one built page. */
export interface PageWeight {
  /** HTML file relative to dist/, e.g. `en/cities/index.html`. */
  page: string;
  /** Route without base and language prefix, e.g. `cities/` (the home page is ''). */
  route: string;
  /** Gzipped bytes of the HTML. */
  html: number;
  /** Gzipped bytes of the JavaScript loaded at start (modules, static imports, inline scripts). */
  js: number;
  /** Gzipped bytes of the JavaScript only a dynamic import() loads (not counted in `js`). */
  lazy: number;
  /** JavaScript files loaded at start, relative to dist/, sorted. */
  startFiles: string[];
  /** JavaScript files loaded later, relative to dist/, sorted. */
  lazyFiles: string[];
}

/** `'en/cities/index.html'` → `'cities/'`; `'index.html'` → `''`. */
export function routeOf(page: string): string {
  return page.replace(/index\.html$/, '').replace(/^en(\/|$)/, '');
}

/** Every page (`…/index.html`) under a built site, relative to it, with `/` separators, sorted. */
export function listPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .sort();
}

/** Static `import … from './x.js'` / `export … from` / `import './x.js'` targets of a module. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g)].map((m) => m[1]!);
}

/** `import('./x.js')` targets of a module. */
export function dynamicImports(code: string): string[] {
  return [...code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]!);
}

/** Worker scripts a module starts: `new Worker(new URL('/_astro/w.js', import.meta.url))` → ['/_astro/w.js']. */
export function workerScripts(code: string): string[] {
  return [...code.matchAll(/new\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*["'`]([^"'`]+\.js)["'`]/g)].map((m) => m[1]!);
}

/** Resolves an import target of a module file: relative to the module, or (`/…`) to the site root under its base. */
type Resolve = (from: string, target: string) => string;

/** Adds a module and everything it imports statically to `seen`; dynamic import() targets and worker scripts go to `lazy`. */
function moduleGraph(file: string, seen: Set<string>, lazy: Set<string>, resolve: Resolve): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const target of staticImports(code)) moduleGraph(resolve(file, target), seen, lazy, resolve);
  for (const target of [...dynamicImports(code), ...workerScripts(code)]) lazy.add(resolve(file, target));
}

/** Normalizes a base path to `/…/`: `'machikurabe'` → `'/machikurabe/'`, `''` → `'/'`. */
export function normalizeBase(base: string): string {
  return base.replace(/^\/*/, '/').replace(/\/*$/, '/').replace(/^\/\/$/, '/');
}

/**
 * Weighs one page of a built site served under `base`.
 * A page whose only script is `<script type="module" src="/_astro/a.js">`, where a.js imports b.js
 * and import()s c.js, → js = gz(a) + gz(b), lazy = gz(c) (plus what c imports statically).
 */
export function weighPage(dist: string, base: string, page: string): PageWeight {
  const root = normalizeBase(base);
  const fromRoot = (url: string) => path.join(dist, url.startsWith(root) ? url.slice(root.length) : url.replace(/^\//, ''));
  const resolve: Resolve = (from, target) => (target.startsWith('/') ? fromRoot(target) : path.resolve(path.dirname(from), target));
  const html = readFileSync(path.join(dist, page), 'utf8');
  const seen = new Set<string>();
  const lazy = new Set<string>();
  let inline = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(m[1]!)?.[1];
    if (src) {
      moduleGraph(fromRoot(src.split(/[?#]/)[0]!), seen, lazy, resolve);
    } else if (!/type="application\/(ld\+)?json"/.test(m[1]!) && m[2]!.trim()) inline += gzipSize(m[2]!);
  }
  const later = new Set<string>();
  // Lazy chunks may start lazy chunks of their own (the search code starts the search worker).
  for (let frontier = [...lazy]; frontier.length > 0; ) {
    const next = new Set<string>();
    for (const f of frontier) if (!seen.has(f)) moduleGraph(f, later, next, resolve);
    frontier = [...next].filter((f) => !seen.has(f) && !later.has(f));
  }
  const lazyOnly = [...later].filter((f) => !seen.has(f));
  const sum = (files: Iterable<string>) => [...files].reduce((n, f) => n + gzipSize(readFileSync(f)), 0);
  const rel = (files: Iterable<string>) => [...files].map((f) => path.relative(dist, f).split(path.sep).join('/')).sort();
  return {
    page,
    route: routeOf(page),
    html: gzipSize(html),
    js: sum(seen) + inline,
    lazy: sum(lazyOnly),
    startFiles: rel(seen),
    lazyFiles: rel(lazyOnly),
  };
}

/** Weighs every page of a built site. */
export function weighSite(dist: string, base: string): PageWeight[] {
  return listPages(dist).map((page) => weighPage(dist, base, page));
}

/** A published file (not a page) with its raw and gzipped size. */
export interface FileWeight {
  /** Path relative to dist/, e.g. `data/indicators.csv`. */
  file: string;
  bytes: number;
  gzip: number;
}

/** Every file under dist/ whose path (relative, `/` separators) matches, with its sizes, sorted. */
export function weighFiles(dist: string, match: RegExp): FileWeight[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => match.test(f) && statSync(path.join(dist, f)).isFile())
    .sort()
    .map((file) => {
      const content = readFileSync(path.join(dist, file));
      return { file, bytes: content.length, gzip: gzipSize(content) };
    });
}
