import type { SourceDoc } from '../read/SourceDoc';
import { DOUBLE_SPACED_SHARE, DOUBLE_SPACED_MIN_LINES } from './vocabulary';

/**
 * True when the document puts a blank line after (nearly) every line of text, as some mirrors and
 * PDF converters do (盛岡市, 出雲市, 府中市: `25年度` / blank / `実績` / blank / …): there a blank line
 * separates nothing, and readers that stop at one must look past it. Needs a few lines of text
 * (a short page proves nothing). `['a', '', 'b', '', 'c', '']` → true; `['a', 'b', '', 'c']` → false.
 */
export function isDoubleSpaced(doc: SourceDoc): boolean {
  const text = doc.lines.filter((l) => l.text.trim() !== '');
  if (text.length < DOUBLE_SPACED_MIN_LINES) return false;
  const followed = text.filter((l) => (doc.lines[l.n]?.text.trim() ?? '') === '' && l.n < doc.lines.length).length;
  return followed >= DOUBLE_SPACED_SHARE * (text.length - 1);
}
