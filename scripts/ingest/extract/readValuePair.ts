import type { SourceDoc } from '../read/SourceDoc';
import { readCell } from './readCell';
import { readColumn } from './readHeader';
import { ARROWS, HEADING_MAX_LENGTH } from './vocabulary';

/** Shortest and longest name of an indicator standing alone on its line. */
const NAME_LENGTH = { min: 3, max: 40 };
/** A period alone in parentheses on its line: `(H26)`. */
const PERIOD_LINE = /^[(（][^()（）]{1,20}[)）]$/;

/**
 * A name alone on its line, then its baseline and its target one per line, each value optionally
 * followed by its period on a line of its own — a table printed one cell per line with its header
 * left on another page (`子育て環境の充実度` / `46.3%` / `(H26)` / `49.1%` / `(H31)`;
 * `中心市街地周辺の人口` / `2,044 人(2014 年)` / `2,000 人以上`). Blank lines may stand between cells.
 * Returns the statement and its last line, or null.
 */
export function readValuePair(doc: SourceDoc, n: number): { name: string; baseline: string; target: string; end: number } | null {
  const textOf = (k: number) => doc.lines[k - 1]?.text.trim() ?? '';
  const name = textOf(n);
  if (!isName(name)) return null;
  let k = n;
  const next = () => {
    do k++;
    while (k <= doc.lines.length && textOf(k) === '');
    return k <= doc.lines.length ? textOf(k) : null;
  };
  const values: string[] = [];
  for (let v = 0; v < 2; v++) {
    const value = next();
    if (value === null || !isValue(value)) return null;
    let text = value;
    const at = k;
    const period = next();
    if (period !== null && PERIOD_LINE.test(period)) text += period;
    else k = at;
    values.push(text);
  }
  // Bare numbers (`1` / `2`) may be anything; a unit or a period says they are values.
  if (values.every((v) => /^[\d,.]+$/.test(v))) return null;
  return { name, baseline: values[0]!, target: values[1]!, end: k };
}

/** A line that can be an indicator's name: short Japanese words, no sentence, no value, no column label, no arrow. */
function isName(text: string): boolean {
  return (
    text.length >= NAME_LENGTH.min &&
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) &&
    text.length <= Math.min(NAME_LENGTH.max, HEADING_MAX_LENGTH) &&
    !/[。、]/.test(text) &&
    !/^[\d(（\-・•●■◆]/.test(text) &&
    !new RegExp(`[${ARROWS}=:：]`).test(text) &&
    readCell(text) === null &&
    readColumn(text, true) === null
  );
}

/** A line that is one quantity, with its period or qualifier at most (`2,044 人(2014 年)`, `2,000 人以上`, `46.3%`). */
function isValue(text: string): boolean {
  return /^[\d約△▲]/.test(text) && readCell(text)?.kind === 'quantity';
}
