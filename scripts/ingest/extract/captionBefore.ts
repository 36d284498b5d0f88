import type { SourceDoc } from '../read/SourceDoc';
import { readBlockWord, undecorated } from './readHeadings';
import type { Token } from './tokenizeDocument';

/** A short paragraph of its own just before a table header names the table's measure (`生涯学習の促進`). */
export function captionBefore(doc: SourceDoc, tokens: Token[], i: number): { text: string; line: number } | null {
  const token = tokens[i]!;
  if (!token.lineStart || token.flattened) return null;
  for (let n = token.line - 1; n >= 1; n--) {
    const text = doc.lines[n - 1]!.text.trim();
    if (text === '') continue;
    const words = text.split(/\s+/);
    if (words.length !== 1 || text.length > 30 || /[。、\d:：]/.test(text) || readBlockWord(text) !== null) return null;
    if (/^[■□◆◇【<]/.test(text) || undecorated(text) !== text) return null;
    // A caption stands alone: the line above it is blank (`SDGs` / `との関係` is one wrapped cell).
    if (n > 1 && doc.lines[n - 2]!.text.trim() !== '') return null;
    return { text, line: n };
  }
  return null;
}
