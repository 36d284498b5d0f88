import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** SHA-256 of every file under a folder, by path relative to it (sorted). */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const hashes = new Map<string, string>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const full = path.join(entry.parentPath, entry.name);
    hashes.set(path.relative(dir, full).split(path.sep).join('/'), createHash('sha256').update(await readFile(full)).digest('hex'));
  }
  return new Map([...hashes].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Paths whose content differs between two trees, or that only one has. `diffTrees(a, b)` → ['index.html']. */
export function diffTrees(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => a.get(p) !== b.get(p)).sort();
}
