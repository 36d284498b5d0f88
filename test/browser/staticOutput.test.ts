import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Built HTML pages, paths relative to dist/. */
async function pages(): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true });
  return entries.filter((e) => e.endsWith('.html')).map((e) => e.split(path.sep).join('/')).sort();
}

/** Pages that are interactive by design and may ship JavaScript (search, compare, the indicator table, the town picker on the cities list). */
const INTERACTIVE = /^(en\/)?(search\/|compare\/|indicators\/|cities\/index\.html$)/;

/** The header search box's loader, the one script every page may carry (it fetches the search code on first use). */
const SEARCH_LOADER = /^<script type="module" src="[^"]*\/_astro\/SearchEnhancer\.astro_astro_type_script_index_0_lang\.[\w-]+\.js"><\/script>$/;

describe('built pages', () => {
  it('ship no JavaScript but the search loader unless they are interactive', async () => {
    const withScripts: string[] = [];
    for (const file of await pages()) {
      if (INTERACTIVE.test(file)) continue;
      const scripts = [...(await readFile(path.join(dist, file), 'utf8')).matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/gi)].map((m) => m[0]);
      if (scripts.some((tag) => !SEARCH_LOADER.test(tag))) withScripts.push(file);
    }
    expect(withScripts).toEqual([]);
  });

  it('load nothing from another origin', async () => {
    const offenders: string[] = [];
    for (const file of await pages()) {
      const html = await readFile(path.join(dist, file), 'utf8');
      // Resources (src=, <link href=> other than canonical/alternate) must be same-origin; plain links may go anywhere.
      const sources = [...html.matchAll(/\ssrc="(https?:)?\/\/[^"]*"/g)].map((m) => m[0]);
      const links = [...html.matchAll(/<link\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => !/rel="(canonical|alternate)"/.test(tag) && /href="(https?:)?\/\//.test(tag));
      if (sources.length + links.length > 0) offenders.push(`${file}: ${[...sources, ...links].join(' ')}`);
    }
    expect(offenders).toEqual([]);
  });

  it('use no inline style attributes (the CSP would block them)', async () => {
    const withStyle: string[] = [];
    for (const file of await pages()) {
      if (/\sstyle="/.test(await readFile(path.join(dist, file), 'utf8'))) withStyle.push(file);
    }
    expect(withStyle).toEqual([]);
  });
});
