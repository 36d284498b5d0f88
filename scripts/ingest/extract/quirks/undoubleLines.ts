import { undoubleText } from '../../clean/undoubleText';
import type { SourceDoc } from '../../read/SourceDoc';

/** Quirk `doubled-text`: every line's text undoubled (`◦◦不妊治療への助成不妊治療への助成` → `◦不妊治療への助成`). */
export function undoubleLines(doc: SourceDoc): SourceDoc {
  return { ...doc, lines: doc.lines.map((line) => ({ ...line, text: undoubleText(line.text) })) };
}
