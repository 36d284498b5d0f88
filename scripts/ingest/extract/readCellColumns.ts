import { findPeriod } from '../recognize/findPeriod';
import type { SourceDoc } from '../read/SourceDoc';
import { readCell } from './readCell';
import { CIRCLED } from './readHeadings';
import { PERIOD_LINE, isName, isValue, nameAndValue } from './readValuePair';

/**
 * A row put back together: its name, its baseline and target as written, and the lines that state
 * it — its name's line, and the span from its name to its target or, when its name comes after its
 * values, from its first value (`lineStart`) to its name (the span holds both).
 */
export interface CellColumnRow {
  name: string;
  /** Where the name starts. */
  line: number;
  lineEnd: number;
  /** First value's line when the values stand above the name. */
  lineStart?: number;
  baseline: string | null;
  target: string;
}

/** The rows of a one-cell-per-line table and every line it used. */
export interface CellColumns {
  rows: CellColumnRow[];
  lines: number[];
  /** Last line of the table. */
  end: number;
}

/** One value, its period line joined (`46.3%` + `(H26)`), and whether it reads as a baseline (a year or `—`). */
interface Value {
  text: string;
  line: number;
  baseline: boolean;
}

/** What a line of the table is. */
type Item = { kind: 'name'; text: string; line: number } | { kind: 'value'; value: Value } | { kind: 'label' } | { kind: 'junk' };

/** A year in parentheses after a value, a window included (`25 人(2009~14 年)`). */
const DATED = /[(（][^)）]*\d\s*年度?[)）]/;

/** A header's period in parentheses alone on its line, nested ones included: `(2019(H31)年)`. */
const HEADER_PERIOD = /^[(（][^。、]{1,20}[)）]$/;

/** A line a wrapped cell goes on with (`づくり`): it starts with kana and is short. */
const WRAP_TAIL = /^[\u3041-\u3096]{1,10}$/;

/**
 * Reads a table a PDF converter printed one cell per line in its columns' order, where names that
 * took several lines in their cells come after the values that took one (鯖江市: `元気生活率` /
 * the spelled header / `81%` / `—` / `30 人` / … / `新規若者移住・就業者数` / `③…` / …). From a name
 * line, the table runs over names, values (each with its period line), group labels (`②子育て世代の
 * 居住誘導`, a name glued after one: `④安全で持続可能な地域 雨水幹線等の整備率`), a spelled header's
 * characters, wrapped tails and blank lines. A name right before values takes their first pair (a
 * baseline, with a year or `—`, then a target) or a lone target; pairs after them are rows whose
 * names come later. They are put together by counting, in order, and only when the counts agree —
 * as many such pairs as names with no values, and as many lone baselines as rows that lack one;
 * else null, and nothing is assigned (readValuePair reads the rows whose values follow their names).
 */
export function readCellColumns(doc: SourceDoc, n: number): CellColumns | null {
  const items: Item[] = [];
  const lines: number[] = [];
  let end = n;
  for (let k = n; k <= doc.lines.length; k++) {
    const text = doc.lines[k - 1]!.text.trim();
    if (text === '') continue;
    const item = classify(text, k, () => {
      // The period printed under a value, on its own line.
      let next = k + 1;
      while (next <= doc.lines.length && doc.lines[next - 1]!.text.trim() === '') next++;
      const period = PERIOD_LINE.exec(doc.lines[next - 1]?.text.trim() ?? '');
      if (!period) return '';
      lines.push(k);
      k = next;
      return period[1]!;
    });
    if (item === null || (k === n && item[0]?.kind !== 'name')) break;
    items.push(...item);
    lines.push(k);
    end = k;
  }
  return assemble(items, lines, end);
}

/** The items of one line, or null when the line is no part of such a table (a sentence, a heading, a page number). */
function classify(text: string, line: number, periodBelow: () => string): Item[] | null {
  const none = readCell(text)?.kind === 'none';
  if (!none && ([...text].length === 1 || HEADER_PERIOD.test(text) || WRAP_TAIL.test(text))) return [{ kind: 'junk' }];
  if (CIRCLED.includes(text[0]!)) {
    const parts = text.split(/\s+/);
    const last = parts[parts.length - 1]!;
    return parts.length > 1 && isName(last) ? [{ kind: 'label' }, { kind: 'name', text: last, line }] : [{ kind: 'label' }];
  }
  if (isValue(text) || none) return [{ kind: 'value', value: valueOf(text + (none ? '' : periodBelow()), line) }];
  const [name, value] = nameAndValue(text);
  if (!isName(name)) return null;
  const items: Item[] = [{ kind: 'name', text: name, line }];
  if (value !== null) items.push({ kind: 'value', value: valueOf(value + periodBelow(), line) });
  return items;
}

/** A value and whether it reads as a baseline: one with its year, or none (`—`). */
function valueOf(text: string, line: number): Value {
  return { text, line, baseline: readCell(text)?.kind === 'none' || findPeriod(text) !== null || DATED.test(text) };
}

/** A run of values split into rows' values: a baseline and the value after it, or a lone value. */
function units(run: Value[]): Value[][] {
  const out: Value[][] = [];
  for (let k = 0; k < run.length; k++) {
    if (run[k]!.baseline && k + 1 < run.length) out.push([run[k]!, run[++k]!]);
    else out.push([run[k]!]);
  }
  return out;
}

/** Puts names and values together by counting; null when nothing stands apart or the counts disagree. */
function assemble(items: Item[], lines: number[], end: number): CellColumns | null {
  const rows: (CellColumnRow & { missing: boolean })[] = [];
  const pairs: Value[][] = [];
  const loneBaselines: Value[] = [];
  const names: { text: string; line: number }[] = [];
  let k = 0;
  while (k < items.length) {
    const item = items[k]!;
    if (item.kind !== 'name' && item.kind !== 'value') {
      k++;
      continue;
    }
    let name: { text: string; line: number } | null = null;
    if (item.kind === 'name') {
      name = { text: item.text, line: item.line };
      k++;
      // Only a spelled header's characters may stand between a name and its values.
      while (k < items.length && items[k]!.kind === 'junk') k++;
    }
    const run: Value[] = [];
    while (k < items.length && (items[k]!.kind === 'value' || (run.length > 0 && items[k]!.kind === 'junk'))) {
      const next = items[k]!;
      if (next.kind === 'value') run.push(next.value);
      k++;
    }
    const split = units(run);
    if (name && split.length === 0) names.push(name);
    const first = name ? split.shift() : undefined;
    if (name && first) {
      const lone = first.length === 1;
      if (lone && first[0]!.baseline) return null;
      const target = first[lone ? 0 : 1]!;
      rows.push({ name: name.text, line: name.line, lineEnd: target.line, baseline: lone ? null : first[0]!.text, target: target.text, missing: lone });
    }
    for (const unit of split) {
      if (unit.length === 2) pairs.push(unit);
      else if (unit[0]!.baseline) loneBaselines.push(unit[0]!);
      else return null;
    }
  }
  const missing = rows.filter((r) => r.missing);
  if (pairs.length === 0 && names.length === 0 && loneBaselines.length === 0) return null;
  if (pairs.length !== names.length || (loneBaselines.length > 0 && loneBaselines.length !== missing.length)) return null;
  names.forEach((name, i) => {
    const [baseline, target] = pairs[i]!;
    rows.push({ name: name.text, line: name.line, lineEnd: name.line, lineStart: baseline!.line, baseline: baseline!.text, target: target!.text, missing: false });
  });
  loneBaselines.forEach((value, i) => (missing[i]!.baseline = value.text));
  return { rows: rows.map(({ missing: _, ...row }) => row), lines, end };
}
