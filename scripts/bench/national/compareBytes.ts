import { launchChromium } from '../../../test/support/browser';
import { serveStatic } from '../staticServer';

/** What showing one comparison fetched. */
export interface CompareBytes {
  url: string;
  /** Gzipped bytes of every response (as a static host sends them), until the network was idle. */
  total: number;
  /** The same by kind of file: html, js, json, css, other. */
  byKind: Record<string, number>;
  requests: number;
}

const kindOf = (p: string) => (/\/$|\.html$/.test(p) ? 'html' : /\.js$/.test(p) ? 'js' : /\.json$/.test(p) ? 'json' : /\.css$/.test(p) ? 'css' : 'other');

/**
 * Loads `/compare/?cities=<codes>` of a built site in Chromium on a fresh profile (served gzipped by
 * staticServer.ts, as GitHub Pages serves it) and sums the bytes of every response until the network is idle.
 */
export async function compareBytes(dist: string, codes: readonly string[]): Promise<CompareBytes> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const url = `${server.url}compare/?cities=${codes.join(',')}`;
    await page.goto(url, { waitUntil: 'networkidle', timeout: 300_000 });
    const byKind: Record<string, number> = {};
    for (const s of server.log) byKind[kindOf(s.path)] = (byKind[kindOf(s.path)] ?? 0) + s.gzipBytes;
    return { url: url.replace(server.url, '/'), total: server.log.reduce((n, s) => n + s.gzipBytes, 0), byKind, requests: server.log.length };
  } finally {
    await browser.close();
    await server.close();
  }
}
