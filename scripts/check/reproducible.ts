/**
 * `npm run check:reproducible` — builds the site twice from clean output folders and fails unless
 * the two builds are byte-identical.
 */
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { diffTrees, hashTree } from './hashTree';

const work = path.resolve('.repro');
const astro = path.resolve('node_modules/.bin/astro');
const trees = [];
for (const name of ['a', 'b']) {
  const out = path.join(work, name);
  await rm(out, { recursive: true, force: true });
  await rm(path.resolve('node_modules/.astro'), { recursive: true, force: true });
  execFileSync(astro, ['build', '--outDir', out, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  trees.push(await hashTree(out));
}
await rm(work, { recursive: true, force: true });
const differing = diffTrees(trees[0]!, trees[1]!);
if (differing.length > 0) {
  console.error(`check:reproducible: the two builds differ in ${differing.length} files:\n  ${differing.slice(0, 30).join('\n  ')}`);
  process.exit(1);
}
console.log(`check:reproducible: two clean builds are byte-identical (${trees[0]!.size} files)`);
