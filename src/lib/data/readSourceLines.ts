import path from 'node:path';
import { readSource } from '../../../scripts/ingest/read/readSource';

/**
 * The raw lines of a seed text, numbered exactly as the ingest numbers them (the ingest's own
 * reader: same decoding, same line ends), so that `L<n>` on the site is line n of every record.
 * `readSourceLines('seeds/001_c90401aa62130a51.txt')` → ['', '第 2 期 北 斗 市', …].
 */
export async function readSourceLines(file: string, root = process.cwd()): Promise<string[]> {
  const doc = await readSource(path.join(root, file));
  return doc.lines.map((line) => line.raw);
}
