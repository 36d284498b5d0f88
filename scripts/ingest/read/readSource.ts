import { readFile } from 'node:fs/promises';
import { normalizeLine } from '../clean/normalizeLine';
import { IngestError } from '../IngestError';
import { decodeText } from './decodeText';
import type { SourceDoc } from './SourceDoc';

/** Splits decoded text into numbered, normalized lines (CRLF, CR and LF all end a line). */
export function toSourceDoc(file: string, text: string, encoding: string): SourceDoc {
  const raws = text.split(/\r\n|\r|\n/);
  if (raws.length > 1 && raws[raws.length - 1] === '') raws.pop();
  return { file, encoding, lines: raws.map((raw, i) => ({ n: i + 1, raw, text: normalizeLine(raw) })) };
}

/** Reads a source text file from disk; `name` (default: the path) is how errors and records name it. */
export async function readSource(filePath: string, name = filePath): Promise<SourceDoc> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(filePath));
  } catch (error) {
    throw new IngestError(name, null, 'a readable source file', (error as Error).message);
  }
  const { text, encoding } = decodeText(name, bytes);
  return toSourceDoc(name, text, encoding);
}
