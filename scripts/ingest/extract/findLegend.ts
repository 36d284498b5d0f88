import { findPeriod } from '../recognize/findPeriod';
import type { SourceDoc } from '../read/SourceDoc';
import { readSpelledColumns } from './readSpelledColumns';
import { ARROWS, LEGEND_BASELINE_WORDS, LEGEND_TARGET_WORDS } from './vocabulary';

/** Periods a document states once for all its values: what its baselines and targets are of. */
export interface Legend {
  baseline: string | null;
  target: string | null;
  line: number;
}

/** The first period in a text, as its label. */
function periodIn(text: string): string | null {
  return findPeriod(text)?.period.label ?? null;
}

/**
 * Finds a line that states the periods of all values: `現状が平成20年度、目標が平成26年度です`, or a
 * note `(●は平成15年度→平成18年度の目標例)`; else the periods under column labels spelled one
 * character per line (readSpelledColumns: `目` / `標` / `値` / `(2019(H31)年)`), either of which may
 * be missing. Null when the document has none.
 */
export function findLegend(doc: SourceDoc): Legend | null {
  const words = (list: string[]) => list.join('|');
  const stated = new RegExp(`(?:${words(LEGEND_BASELINE_WORDS)})(?:が|は)(.+?)[、,].*?(?:${words(LEGEND_TARGET_WORDS)})(?:が|は)(.+)$`);
  const arrow = new RegExp(`^[(]?.?は(.+?)[${ARROWS}](.+?)の目標`);
  for (const line of doc.lines) {
    const text = line.text.replace(/\s*\|$/, '').trim();
    const match = stated.exec(text) ?? arrow.exec(text);
    if (!match) continue;
    const [baseline, target] = [periodIn(match[1]!), periodIn(match[2]!)];
    if (baseline && target) return { baseline, target, line: line.n };
  }
  const spelled = readSpelledColumns(doc);
  if (spelled.length === 0) return null;
  const of = (role: string) => spelled.find((c) => c.role === role)?.period ?? null;
  return { baseline: of('baseline'), target: of('target'), line: spelled[0]!.line };
}

/**
 * Default periods for a statement or row: a column's own period, else the legend's; only the ones
 * known, so that they spread into a StatementPlace. `defaultPeriods(null, 'R4')` → { baselinePeriod: 'R4' }.
 */
export function defaultPeriods(legend: Legend | null, baselineColumn?: string | null, targetColumn?: string | null): { baselinePeriod?: string; targetPeriod?: string } {
  const baselinePeriod = baselineColumn ?? legend?.baseline ?? null;
  const targetPeriod = targetColumn ?? legend?.target ?? null;
  return { ...(baselinePeriod ? { baselinePeriod } : {}), ...(targetPeriod ? { targetPeriod } : {}) };
}
