import type { SourceDoc } from '../read/SourceDoc';
import { splitStatement } from '../structure/splitStatement';
import { readColumn } from './readHeader';
import { ARROWS, BULLET_START, HEADING_MAX_LENGTH, MARK_LEGEND } from './vocabulary';

/**
 * The statement item that starts at line n: the line and the lines that continue it (one that
 * starts with an arrow, `=` or `(`, or any line while the item has no target yet), up to a blank
 * line, a bullet or a `|` cell end. Null when the item is no statement (no arrow, `=` or value word).
 */
export function statementItem(doc: SourceDoc, n: number): { text: string; end: number } | null {
  const lineOf = (k: number) => doc.lines[k - 1]?.text.trim() ?? '';
  let text = lineOf(n);
  let end = n;
  const complete = (t: string) => {
    const s = splitStatement(t.replace(/\s*\|$/, ''));
    return s !== null && s.target !== null && /\d|[↑↓]|維持|均衡|増加|減少/.test(s.target);
  };
  while (end < doc.lines.length && !/\|$/.test(lineOf(end))) {
    let k = end + 1;
    // Blank lines may stand inside an item that has no target yet (`・名称` / blank / `⇒ 現状値 …`).
    while (k < doc.lines.length && lineOf(k) === '' && !complete(text)) k++;
    const next = lineOf(k).replace(/^-\s*/, '');
    // A name column's label (`指標(KPI)`) opens a table, not more of the statement.
    // A legend of the marks (`(↑:数値を上げていく…,↓:…)`) explains a column and goes on with nothing.
    if (next === '' || /^\|/.test(next) || MARK_LEGEND.test(next) || BULLET_START.test(lineOf(k)) || readColumn(next, true)?.role === 'name') break;
    // A name ending with `：` waits for its values, however far below (`立地企業数：` / blank / `34社→45社`).
    const continues = CONTINUATION.test(next) || (!complete(text) && (/[:：]$/.test(text) || (k === end + 1 && text.length < HEADING_MAX_LENGTH)));
    if (!continues) break;
    text += /[A-Za-z0-9%]$/.test(text) && /^[A-Za-z0-9]/.test(next) ? ` ${next}` : next;
    end = k;
  }
  text = text.replace(/\s*\|$/, '');
  if (/。/.test(text) || !STATEMENT.test(text) || MARK_LEGEND.test(text)) return null;
  return { text: text.replace(/\s*\|\s*/g, ' '), end };
}

/** A line that goes on with the statement before it: an arrow, `=`, a parenthesis (not a measure's `(2)`) or a value word first. */
const CONTINUATION = new RegExp(`^[${ARROWS}=]|^\\((?!\\d+\\))|^(現状値|基準値|現況値|目標数値|目標値)`);

/** What makes a line a statement: an arrow or `=` after a name, or 現状値 … 目標値 words. */
const STATEMENT = new RegExp(`^[^${ARROWS}=]{2,}[${ARROWS}=]|(現状値|基準値|現況値).*(目標値|目標数値)`);
