/**
 * Vitest globalSetup for the browser project: serves the production build in dist/
 * with `astro preview` on a free localhost port (scripts/check/startPreview.ts), hands its URL
 * to the tests as `inject('baseUrl')`, and stops it afterwards. Build first: `npm run build`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startPreview } from '../../scripts/check/startPreview';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute URL of the site root on the preview server, with base path and trailing slash. */
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Starts the preview server; the returned function stops it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${root}dist/index.html`)) {
    throw new Error('dist/index.html is missing: run `npm run build` before the browser tests.');
  }
  const preview = await startPreview({ root, base: process.env.BASE_PATH });
  project.provide('baseUrl', preview.url);
  return preview.stop;
}
