import path from 'node:path';
import { contentLocation } from '../../core/contentLocation';
import { readSourceText } from '../../core/source/readSourceText';
import { splitLines } from '../../core/source/splitLines';

/**
 * The raw lines of a source text, numbered exactly as the ingest numbers them (the ingest's own
 * decoding and line split, from the shared core), so that `L<n>` on the site is line n of every record.
 * The file is a path from the content folder's source root (the repository for content/).
 * `readSourceLines('seeds/001_c90401aa62130a51.txt')` → ['', '第 2 期 北 斗 市', …].
 */
export async function readSourceLines(file: string, root = contentLocation().sourceRoot): Promise<string[]> {
  const { text } = await readSourceText(path.join(root, file), file);
  return splitLines(text);
}
