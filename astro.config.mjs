// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentLocation } from './src/core/contentLocation.ts';

// The site may be served from a sub-path (GitHub Pages serves a project at /<repo>/),
// so `site` and `base` come from the environment; every internal link goes through
// `href()` in src/lib/url.ts, which reads the resulting import.meta.env.BASE_URL.
// Without SITE_URL (a local build) `site` is the origin of package.json "homepage", the public
// site; absolute URLs (citations, canonical links) go through src/lib/publicHref.ts, which adds
// that site's base path too, so no page ever names localhost.
const { homepage } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const site = process.env.SITE_URL || new URL(homepage).origin;
const base = process.env.BASE_PATH || '/';
const { cacheDir } = contentLocation();

export default defineConfig({
  site,
  base,
  // A synthetic content folder (MACHIKURABE_CONTENT) keeps its own content cache.
  ...(cacheDir === undefined ? {} : { cacheDir }),
  output: 'static',
  trailingSlash: 'always',
  i18n: {
    locales: ['ja', 'en'],
    defaultLocale: 'ja',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [mdx()],
  // Shiki highlights code with inline styles, which the CSP below would block; the
  // site shows no source code, so highlighting is off.
  markdown: { syntaxHighlight: false },
  // The search engine runs in a module worker (src/components/search/worker/), bundled as ES.
  vite: { worker: { format: 'es' } },
  // Adds a per-page CSP <meta> with hashes of the scripts and styles Astro processed.
  // It only applies to `astro build`/`preview`, never `astro dev`; inline style=""
  // attributes, is:inline and define:vars scripts are not covered, so avoid them.
  // Everything else may come only from the site itself: no third-party origin, no plugins.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
