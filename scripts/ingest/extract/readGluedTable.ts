import { compactCell } from '../recognize/compactCell';
import { isNoValue } from '../recognize/isNoValue';
import { longestQuantity } from '../recognize/parseQuantities';
import { readColumn, type Column } from './readHeader';
import { COLUMN_WORDS, NAME_ENDINGS, PAGE_MARK, VALUE_ROLES } from './vocabulary';

/** One row of a glued table: its name and its value cells, in column order. */
export interface GluedRow {
  name: string;
  values: string[];
}

/** A table whose cells an e-book page glued together with no separator, read from its header. */
export interface GluedTable {
  columns: Column[];
  rows: GluedRow[];
  /** The header names its rows' measure in a column before the indicator's (`項目`, then `指標`). */
  measureColumn: boolean;
}

/** Column words longest first, so that 目標値 wins over 目標 and 策定時の値 over 策定時. */
const WORDS = [...COLUMN_WORDS.map(([word]) => word)].sort((a, b) => b.length - a.length);

/** The column label glued at `text[at]` (a word and its period, `策定時の値(2015年度)`), or null. */
function labelAt(text: string, at: number): string | null {
  for (const word of WORDS) {
    if (!text.startsWith(word, at)) continue;
    const group = /^\([^()]*\)/.exec(text.slice(at + word.length));
    const withPeriod = group ? word + group[0] : word;
    if (group && readColumn(withPeriod, false)?.period) return withPeriod;
    return word;
  }
  return null;
}

/** The first run of three or more glued column labels with a target and a baseline column, and where it ends. */
function findHeader(text: string): { columns: Column[]; end: number } | null {
  for (let at = 0; at < text.length; at++) {
    const labels: string[] = [];
    let end = at;
    for (let label = labelAt(text, end); label !== null; label = labelAt(text, end)) {
      labels.push(label);
      end += label.length;
    }
    if (labels.length < 3) continue;
    const columns = labels.map((label, k) => readColumn(label, k === 0)!);
    const roles = columns.map((c) => c.role);
    if (roles.includes('target') && roles.includes('baseline')) return { columns, end };
  }
  return null;
}

/** The value cells that open a text (`70.7%(2012年度)73%75%…`): at most `count`, one unit for the row. */
function leadingValues(text: string, count: number): { values: string[]; length: number } {
  const values: string[] = [];
  let at = 0;
  let unit: string | null = null;
  while (values.length < count && at < text.length) {
    const rest = text.slice(at);
    const none = /^[―—－-]/.exec(rest);
    let length: number;
    if (none && isNoValue(none[0])) length = 1;
    else {
      const read = longestQuantity(rest, rest);
      if (!read) break;
      length = read.length;
      // The values of one row share a unit: `97人97人観光…` is 97人, not 97 人観光.
      if (unit !== null && read.quantity.unit.startsWith(unit) && read.quantity.unit !== unit) length -= read.quantity.unit.length - unit.length;
      unit ??= read.quantity.unit;
    }
    const group = /^\([^()]*\)/.exec(text.slice(at + length));
    const cell = text.slice(at, at + length + (group?.[0].length ?? 0));
    values.push(cell);
    at += cell.length;
  }
  return { values, length: at };
}

/** The indicator name that opens a row's text, before its 説明 sentence: up to a name ending and its notes in parentheses. */
function nameOf(text: string): string | null {
  const start = text.search(PAGE_MARK);
  const body = start === -1 ? text : text.slice(start).replace(PAGE_MARK, '');
  const endings = new RegExp(`^(.{2,}?(?:${NAME_ENDINGS.join('|')})(?:\\([^()]*\\))*)`);
  return endings.exec(body)?.[1] ?? null;
}

/**
 * Reads a table whose header and rows an e-book page glued into one run of text:
 * `指標説明策定時の値(2015年度)中間目標(2019年度)目標値(2023年度)` then, row after row, the name, its
 * 説明 sentence ending with `。` and the values glued (`70.7%(2012年度)73%75%`). A row's name ends at
 * the first indicator-name ending (割合, 率, 数 …) after a page mark (`P35`) of the 項目 column.
 * Null when the text holds no such header.
 */
export function readGluedTable(line: string): GluedTable | null {
  const text = compactCell(line);
  const header = findHeader(text);
  if (!header) return null;
  const valueCount = header.columns.filter((c) => VALUE_ROLES.has(c.role)).length;
  const rows: GluedRow[] = [];
  let open: string | null = null;
  for (const chunk of text.slice(header.end).split('。')) {
    const { values, length } = open === null ? { values: [], length: 0 } : leadingValues(chunk, valueCount);
    if (open !== null && values.length === valueCount) rows.push({ name: open, values });
    open = nameOf(chunk.slice(length));
  }
  const names = header.columns.filter((c) => c.role === 'name');
  return { columns: header.columns, rows, measureColumn: names.length >= 2 };
}
