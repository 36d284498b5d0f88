import { access } from 'node:fs/promises';
import path from 'node:path';
import type { GoldFile } from './goldSchema';
import { GOLD_SUFFIX } from './listGoldFiles';

/** A set of gold files scored together, and where each one's text is. */
export interface Suite {
  /** Heading of the suite's table (`corpus`, `seeds`). */
  title: string;
  /** Folder holding the gold files. */
  goldFolder: string;
  /** The text a gold file scores, or why the gold file is left out of this suite. */
  textFor(goldFile: string, gold: GoldFile): Promise<{ text: string } | { skip: string }>;
}

/** A folder of `<name>.gold.json` files, each scoring the `<name>.txt` beside it. */
export function folderSuite(title: string, folder: string): Suite {
  return {
    title,
    goldFolder: folder,
    textFor: async (goldFile) => ({ text: goldFile.slice(0, -GOLD_SUFFIX.length) + '.txt' }),
  };
}

/**
 * Gold files in `goldFolder` for documents in `seedsFolder`: a gold file scores the seed its
 * `document` field names (`001_c90401aa62130a51.txt` or `seeds/001_c90401aa62130a51.txt`); one
 * that names no seed is left out with the reason.
 */
export function seedsSuite(goldFolder: string, seedsFolder: string): Suite {
  return {
    title: 'seeds',
    goldFolder,
    textFor: async (_goldFile, gold) => {
      const text = path.join(seedsFolder, path.basename(gold.document));
      try {
        await access(text);
        return { text };
      } catch {
        return { skip: `its document ${JSON.stringify(gold.document)} is not a file in ${path.basename(seedsFolder)}/` };
      }
    },
  };
}
