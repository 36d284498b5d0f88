import type { SourceDoc } from '../read/SourceDoc';
import { readCell } from './readCell';
import { readColumn } from './readHeader';
import { ARROWS, HEADING_MAX_LENGTH } from './vocabulary';

/** Shortest and longest name of an indicator standing alone on its line. */
const NAME_LENGTH = { min: 3, max: 40 };
/** A period in parentheses opening its line (`(H26)`), alone or before the row's next cells (`(H31) 福祉保健課 …`). */
export const PERIOD_LINE = /^([(（][^()（）]{1,20}[)）])(?:\s|$)/;

/**
 * A name alone on its line, then its baseline and its target one per line, each value optionally
 * followed by its period on a line of its own — a table printed one cell per line with its header
 * left on another page (`子育て環境の充実度` / `46.3%` / `(H26)` / `49.1%` / `(H31)`;
 * `中心市街地周辺の人口` / `2,044 人(2014 年)` / `2,000 人以上`). Blank lines may stand between cells;
 * the baseline may share the name's line (`妊婦検診受診率 99%`) and the last period the row's next
 * cells (`(H31) 福祉保健課 …`).
 * Returns the statement and its last line, or null.
 */
export function readValuePair(doc: SourceDoc, n: number): { name: string; baseline: string; target: string; end: number } | null {
  const textOf = (k: number) => doc.lines[k - 1]?.text.trim() ?? '';
  const [name, first] = nameAndValue(textOf(n));
  if (!isName(name)) return null;
  let k = n;
  const next = () => {
    do k++;
    while (k <= doc.lines.length && textOf(k) === '');
    return k <= doc.lines.length ? textOf(k) : null;
  };
  const values: string[] = [];
  for (let v = 0; v < 2; v++) {
    const value = v === 0 && first !== null ? first : next();
    if (value === null || !isValue(value)) return null;
    let text = value;
    const at = k;
    const period = PERIOD_LINE.exec(next() ?? '');
    if (period) text += period[1];
    else k = at;
    values.push(text);
  }
  // Bare numbers (`1` / `2`) may be anything; a unit or a period says they are values.
  if (values.every((v) => /^[\d,.]+$/.test(v))) return null;
  return { name, baseline: values[0]!, target: values[1]!, end: k };
}

/**
 * A line's name and the baseline printed after it on the same line (`妊婦検診受診率 99%` →
 * [`妊婦検診受診率`, `99%`]), or the whole line and null.
 */
export function nameAndValue(text: string): [string, string | null] {
  const split = /^(.+?)\s+([\d約△▲][^\s]*)$/.exec(text);
  return split && isValue(split[2]!) && isName(split[1]!) ? [split[1]!, split[2]!] : [text, null];
}

/** A line that can be an indicator's name: short Japanese words, no sentence, no value, no column label, no arrow. */
export function isName(text: string): boolean {
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
export function isValue(text: string): boolean {
  return /^[\d約△▲]/.test(text) && readCell(text)?.kind === 'quantity';
}
