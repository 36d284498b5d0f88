/**
 * `npm run check:security` — fails when a built page (dist/) lacks the CSP, allows inline or
 * third-party scripts, or loads anything from another origin.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkPageSecurity } from './checkPageSecurity';

const dist = path.resolve('dist');
const entries = await readdir(dist, { recursive: true, withFileTypes: true });
const pages = entries.filter((e) => e.isFile() && e.name.endsWith('.html'));
const problems = [];
for (const entry of pages) {
  const file = path.join(entry.parentPath, entry.name);
  problems.push(...checkPageSecurity(path.relative(dist, file), await readFile(file, 'utf8')));
}
for (const p of problems.slice(0, 50)) console.error(`insecure: ${p.page}: ${p.problem}`);
if (problems.length > 0) {
  console.error(`check:security: ${problems.length} problems in ${pages.length} pages`);
  process.exit(1);
}
console.log(`check:security: ${pages.length} pages with a strict CSP and no third-party origin`);
