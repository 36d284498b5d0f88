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

/** Reads a source text file from disk (path as given, shown in errors). */
export async function readSource(file: string): Promise<SourceDoc> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new IngestError(file, null, 'a readable source file', (error as Error).message);
  }
  const { text, encoding } = decodeText(file, bytes);
  return toSourceDoc(file, text, encoding);
}
