import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamicImports, gzipSize, listPages, normalizeBase, routeOf, staticImports, weighFiles, weighPage, workerScripts } from '../../../scripts/check/weighPages';

/** Modules shaped like Vite's output for SearchEnhancer.astro (a loader that import()s the search code). */
const LOADER = `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/search.js","_astro/shared.js"])))=>i.map(i=>d[i]);
import{t as e}from"./preload-helper.js";var t=class extends HTMLElement{connectedCallback(){e(()=>import(\`./search.js\`).then(e=>e.start(this)),__vite__mapDeps([0,1]))}};`;
const FILES: Record<string, string> = {
  '_astro/loader.js': LOADER,
  '_astro/preload-helper.js': 'export const t=(f)=>f();',
  '_astro/search.js': 'import{a}from"./shared.js";export function start(){return new Worker(new URL(`/base/_astro/engine.worker.js`,``+import.meta.url),{type:`module`})}',
  '_astro/engine.worker.js': 'import{a}from"./shared.js";self.onmessage=()=>postMessage(a);',
  '_astro/shared.js': 'export const a=1;'.repeat(50),
  'index.html': '<html><script type="module" src="/base/_astro/loader.js"></script><script>console.log(1)</script><script type="application/ld+json">{"a":1}</script></html>',
  'en/cities/x/index.html': '<html><p>no script</p></html>',
  'data/index.html': '<p>data page</p>',
  'data/plans.json': '[]',
};
let dist: string;

beforeAll(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'weigh-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  }
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('routeOf', () => {
  it('drops index.html and the English prefix', () => {
    expect(routeOf('index.html')).toBe('');
    expect(routeOf('en/index.html')).toBe('');
    expect(routeOf('en/cities/012360-hokuto/index.html')).toBe('cities/012360-hokuto/');
    expect(routeOf('engine/index.html')).toBe('engine/');
  });
});

describe('normalizeBase', () => {
  it('gives /…/ for any spelling', () => {
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('machikurabe')).toBe('/machikurabe/');
    expect(normalizeBase('/machikurabe/')).toBe('/machikurabe/');
  });
});

describe('staticImports and dynamicImports', () => {
  it('tell a static import from an import() and ignore the preload list', () => {
    expect(staticImports(LOADER)).toEqual(['./preload-helper.js']);
    expect(dynamicImports(LOADER)).toEqual(['./search.js']);
  });
  it('find the worker scripts a module starts (as Vite writes `new Worker(new URL(…))`)', () => {
    expect(workerScripts(FILES['_astro/search.js']!)).toEqual(['/base/_astro/engine.worker.js']);
    expect(workerScripts(LOADER)).toEqual([]);
  });
});

describe('weighPage', () => {
  describe('a page with a module loader, an inline script and JSON-LD', () => {
    it('counts the module and its static imports at start; the import() chunk, the worker it starts and their imports as lazy', () => {
      const w = weighPage(dist, '/base/', 'index.html');
      expect(w.startFiles).toEqual(['_astro/loader.js', '_astro/preload-helper.js']);
      expect(w.lazyFiles).toEqual(['_astro/engine.worker.js', '_astro/search.js', '_astro/shared.js']);
      const gz = (f: string) => gzipSize(FILES[f]!);
      expect(w.js).toBe(gz('_astro/loader.js') + gz('_astro/preload-helper.js') + gzipSize('console.log(1)'));
      expect(w.lazy).toBe(gz('_astro/engine.worker.js') + gz('_astro/search.js') + gz('_astro/shared.js'));
      expect(w.html).toBe(gzipSize(FILES['index.html']!));
    });
  });
  describe('a page without scripts', () => {
    it('weighs only its HTML', () => {
      const w = weighPage(dist, '/base/', 'en/cities/x/index.html');
      expect(w).toMatchObject({ route: 'cities/x/', js: 0, lazy: 0, startFiles: [], lazyFiles: [] });
    });
  });
});

describe('listPages and weighFiles', () => {
  it('list pages sorted and files by pattern, directories left out', () => {
    expect(listPages(dist)).toEqual(['data/index.html', 'en/cities/x/index.html', 'index.html']);
    expect(weighFiles(dist, /^data\/(?!index\.html$)/).map((f) => [f.file, f.bytes])).toEqual([['data/plans.json', 2]]);
  });
});
