import { readFile } from 'node:fs/promises';
import { IngestError } from '../IngestError';
import { decodeText, type EncodingName } from './decodeText';

/**
 * Reads and decodes a source text file from disk; `name` (default: the path) is how errors name it.
 * `readSourceText('seeds/001_c90401aa62130a51.txt')` → { text: '\n第 2 期 北 斗 市\n…', encoding: 'UTF8' }.
 */
export async function readSourceText(filePath: string, name = filePath): Promise<{ text: string; encoding: EncodingName }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(filePath));
  } catch (error) {
    throw new IngestError(name, null, 'a readable source file', (error as Error).message);
  }
  return decodeText(name, bytes);
}
