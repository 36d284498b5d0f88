import { readSourceText } from '../../../src/core/source/readSourceText';
import { splitLines } from '../../../src/core/source/splitLines';
import { normalizeLine } from '../clean/normalizeLine';
import type { SourceDoc } from './SourceDoc';

/** Splits decoded text into numbered, normalized lines (CRLF, CR and LF all end a line). */
export function toSourceDoc(file: string, text: string, encoding: string): SourceDoc {
  return { file, encoding, lines: splitLines(text).map((raw, i) => ({ n: i + 1, raw, text: normalizeLine(raw) })) };
}

/** Reads a source text file from disk; `name` (default: the path) is how errors and records name it. */
export async function readSource(filePath: string, name = filePath): Promise<SourceDoc> {
  const { text, encoding } = await readSourceText(filePath, name);
  return toSourceDoc(name, text, encoding);
}
