import type { SourceLine } from '../read/SourceDoc';

/** Back-matter headings that end a strategy's body (参考資料, 対照表, 一覧, 策定経緯, 用語解説). */
export const BACK_MATTER = /^(【?参考資料】?|.{0,30}対照表|.{0,30}一覧(\(.*\))?|.{0,40}策定経緯|用語(解説|集))$/;

/** Circled numbers ①–⑳ as used for numbered items. */
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The trimmed text of a line. */
export function textOf(line: SourceLine): string {
  return line.text.trim();
}

/** True for a line with nothing but white space. */
export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === '';
}

/** True for an explanatory note line (`※…`). */
export function isNote(text: string): boolean {
  return /^[-\s]*※/.test(text);
}

/** The next non-blank line at or after index i, or null. */
export function nextNonBlank(lines: SourceLine[], i: number): { line: SourceLine; index: number } | null {
  for (let j = i; j < lines.length; j++) if (!isBlank(lines[j]!)) return { line: lines[j]!, index: j };
  return null;
}

/** Adds every line number from `from` to `to` (inclusive) to a set. */
export function markLines(set: Set<number>, from: number, to: number): void {
  for (let n = from; n <= to; n++) set.add(n);
}
