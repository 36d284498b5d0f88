import type { SourceDoc } from '../read/SourceDoc';
import type { Token } from './tokenizeDocument';

/** Index of the first token of the next line after tokens[i]. */
export function nextLine(tokens: Token[], i: number): number {
  const line = tokens[i]!.line;
  let j = i;
  while (j < tokens.length && tokens[j]!.line === line) j++;
  return j;
}

/** Index of the first token at or after line n. */
export function lineIndex(tokens: Token[], n: number): number {
  const j = tokens.findIndex((t) => t.line >= n);
  return j === -1 ? tokens.length : j;
}

/** True when only blank lines stand between line a and line b. */
export function nothingBetween(doc: SourceDoc, a: number, b: number): boolean {
  if (a === 0) return false;
  for (let n = a + 1; n < b; n++) if (doc.lines[n - 1]!.text.trim() !== '') return false;
  return true;
}
