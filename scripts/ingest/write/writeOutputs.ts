import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The folders the ingest owns and replaces as a whole. */
const OWNED = ['content', 'public/data'];

/**
 * Replaces the owned output folders with the given files, all or nothing: everything is written to a
 * staging folder first, then swapped in; on any failure the previous folders are restored.
 */
export async function writeOutputs(root: string, files: Map<string, string>): Promise<void> {
  const staging = path.join(root, `.ingest-staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    for (const [file, content] of files) {
      const owner = OWNED.find((dir) => file.startsWith(`${dir}/`));
      if (!owner) throw new Error(`refusing to write ${file}: outside ${OWNED.join(', ')}`);
      const target = path.join(staging, file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
    const swapped: string[] = [];
    try {
      for (const dir of OWNED) {
        const live = path.join(root, dir);
        await mkdir(path.dirname(live), { recursive: true });
        await rename(live, `${live}.old-${process.pid}`).catch((e: NodeJS.ErrnoException) => {
          if (e.code !== 'ENOENT') throw e;
        });
        swapped.push(dir);
        await mkdir(path.join(staging, dir), { recursive: true });
        await rename(path.join(staging, dir), live);
      }
    } catch (error) {
      for (const dir of swapped.reverse()) {
        const live = path.join(root, dir);
        await rm(live, { recursive: true, force: true });
        await rename(`${live}.old-${process.pid}`, live).catch(() => undefined);
      }
      throw error;
    }
    for (const dir of OWNED) await rm(path.join(root, `${dir}.old-${process.pid}`), { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Paths whose committed content differs from the given files (missing, changed or extra). */
export async function diffOutputs(root: string, files: Map<string, string>): Promise<string[]> {
  const differing: string[] = [];
  for (const [file, content] of files) {
    const current = await readFile(path.join(root, file), 'utf8').catch(() => null);
    if (current !== content) differing.push(file);
  }
  const { readdir } = await import('node:fs/promises');
  for (const dir of OWNED) {
    const entries = await readdir(path.join(root, dir), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const rel = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      if (!files.has(rel)) differing.push(rel);
    }
  }
  return differing.sort();
}
