/**
 * `npm run check:links` — fails when any internal link or anchor of the built site (dist/) does not
 * resolve, including `#L…` source anchors and the base path (BASE_PATH, as for the build). The 404
 * page is checked too, and must link by absolute paths: it is served for every missing URL.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { findBrokenLinks, pathRelativeLinks, type BuiltPage } from './findBrokenLinks';

const dist = path.resolve('dist');
const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
const entries = await readdir(dist, { recursive: true, withFileTypes: true });
const pages: BuiltPage[] = [];
const files = new Set<string>();
for (const entry of entries) {
  if (!entry.isFile()) continue;
  const rel = path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
  const served = `${base}${rel}`;
  files.add(served);
  if (entry.name === 'index.html') pages.push({ path: served.replace(/index\.html$/, ''), html: await readFile(path.join(dist, rel), 'utf8') });
  if (rel === '404.html') pages.push({ path: served, html: await readFile(path.join(dist, rel), 'utf8') });
}
const notFound = pages.find((p) => p.path === `${base}404.html`);
if (!notFound) {
  console.error('check:links: dist/404.html is missing (src/pages/404.astro)');
  process.exit(1);
}
const broken = [
  ...findBrokenLinks(pages, files, base),
  ...pathRelativeLinks(notFound.html).map((link) => ({ page: notFound.path, link, reason: 'relative link on a page served at any path' })),
];
for (const b of broken.slice(0, 50)) console.error(`broken: ${b.page} → ${b.link} (${b.reason})`);
if (broken.length > 0) {
  console.error(`check:links: ${broken.length} broken links in ${pages.length} pages`);
  process.exit(1);
}
console.log(`check:links: ${pages.length} pages, ${files.size} files, 0 broken links (base ${base})`);
