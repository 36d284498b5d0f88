import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Suffix that marks a gold file; the text it scores is `<name>.txt`. */
export const GOLD_SUFFIX = '.gold.json';

/**
 * The gold files directly in a folder, sorted by name (code-unit order, so runs are identical);
 * null when the folder does not exist. `'corpus'` → ['corpus/anjo-2016.gold.json', …].
 */
export async function listGoldFiles(folder: string): Promise<string[] | null> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw error;
  }
  return names
    .filter((n) => n.endsWith(GOLD_SUFFIX))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((n) => path.join(folder, n));
}

/** The document name a gold file stands for: `corpus/anjo-2016.gold.json` → `anjo-2016`. */
export function documentName(goldFile: string): string {
  return path.basename(goldFile).slice(0, -GOLD_SUFFIX.length);
}
