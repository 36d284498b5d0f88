import { findPeriod } from '../recognize/findPeriod';
import { parsePeriod } from '../recognize/parsePeriod';
import { RecognizeError } from '../recognize/RecognizeError';
import type { SourceDoc } from '../read/SourceDoc';
import { readColumn } from './readHeader';

/** A column label spelled one character per line, with the period printed under it. */
export interface SpelledColumn {
  role: 'baseline' | 'target';
  /** Period label as written under the label (`2019(H31)年`). */
  period: string;
  /** Line of its first character. */
  line: number;
}

/** A period in parentheses alone on its line: `(2019(H31)年)`. */
const PERIOD_LINE = /^[(（](.+)[)）]$/;

/**
 * Finds the baseline and target column labels of a table whose header a PDF converter printed one
 * character per line, as a narrow column's label is set vertically (`目` / `標` / `値` /
 * `(2019(H31)年)` → target, 2019(H31)年). Only a label with its period says what all the table's
 * values are of; a label with none dates nothing. The first of each role counts.
 */
export function readSpelledColumns(doc: SourceDoc): SpelledColumn[] {
  const found: SpelledColumn[] = [];
  const text = (n: number) => doc.lines[n - 1]?.text.trim() ?? '';
  for (let n = 1; n <= doc.lines.length; n++) {
    if ([...text(n)].length !== 1 || [...text(n - 1)].length === 1) continue;
    let end = n;
    while ([...text(end + 1)].length === 1) end++;
    if (end === n) continue;
    const label = Array.from({ length: end - n + 1 }, (_, k) => text(n + k)).join('');
    const role = readColumn(label, false)?.role;
    const period = periodOf(text(end + 1));
    if ((role === 'baseline' || role === 'target') && period && !found.some((c) => c.role === role)) found.push({ role, period, line: n });
    n = end;
  }
  return found;
}

/** The period of a line that is one period in parentheses, or null. */
function periodOf(line: string): string | null {
  const inner = PERIOD_LINE.exec(line)?.[1];
  if (!inner) return null;
  try {
    const period = parsePeriod(inner);
    if (period) return period.label;
  } catch (error) {
    if (!(error instanceof RecognizeError)) throw error;
  }
  return findPeriod(inner)?.period.label ?? null;
}
