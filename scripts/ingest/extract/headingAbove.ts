import type { SourceDoc } from '../read/SourceDoc';
import { ARROWS, BULLET_START, HEADING_MAX_LENGTH } from './vocabulary';

/** Most lines a heading wraps over. */
const HEADING_LINES = 2;

/**
 * The plain heading right above line n, when nothing else heads it: one or two short lines with a
 * blank line (or a lone `|` cell end) above them, standing after line `after` (the last structure
 * read), with no sentence, bullet, arrow or `=` in them. `人権が尊重され、市民が主体となって` /
 * `取り組む協働社会になる |` above `●個性あるまちづくり…` gives their joined text.
 */
export function headingAbove(doc: SourceDoc, n: number, after: number): { title: string; line: number; lineEnd: number } | null {
  const textOf = (k: number) => doc.lines[k - 1]!.text.trim().replace(/\s*\|$/, '').trim();
  const parts: string[] = [];
  let k = n - 1;
  while (k > after && k >= 1 && textOf(k) !== '' && parts.length <= HEADING_LINES) parts.unshift(textOf(k--));
  if (parts.length === 0 || parts.length > HEADING_LINES || (k > after && k >= 1 && textOf(k) !== '')) return null;
  const title = parts.join('');
  if (title.length > HEADING_MAX_LENGTH || /。/.test(title) || BULLET_START.test(parts[0]!) || new RegExp(`[${ARROWS}=:：]`).test(title) || !/\p{L}/u.test(title)) return null;
  return { title, line: k + 1, lineEnd: n - 1 };
}
