import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffTrees, hashTree } from '../../../scripts/check/hashTree';

describe('hashTree and diffTrees', () => {
  it('find the files that differ or exist on one side only', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'tree-'));
    try {
      for (const side of ['a', 'b']) {
        await mkdir(path.join(root, side, 'en'), { recursive: true });
        await writeFile(path.join(root, side, 'index.html'), '<p>同じ</p>');
        await writeFile(path.join(root, side, 'en', 'index.html'), side === 'a' ? 'one' : 'two');
      }
      await writeFile(path.join(root, 'b', 'extra.js'), '');
      const [a, b] = [await hashTree(path.join(root, 'a')), await hashTree(path.join(root, 'b'))];
      expect([...a.keys()]).toEqual(['en/index.html', 'index.html']);
      expect(diffTrees(a, b)).toEqual(['en/index.html', 'extra.js']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
