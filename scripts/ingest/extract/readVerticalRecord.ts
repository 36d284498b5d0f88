import { compactCell } from '../recognize/compactCell';
import { readCell } from './readCell';
import { levelOf, readColumn, type Column, type Header } from './readHeader';
import type { TableRow } from './readTableRows';
import type { Token } from './tokenizeDocument';
import { HEADING_MAX_LENGTH, VALUE_ROLES } from './vocabulary';

/** Most lines a one-row table printed one cell per line takes. */
const RECORD_LINES = 12;
/** A period alone in parentheses on its line: `(平成26年)`. */
const PERIOD_CELL = /^\((.+)\)$/;

/**
 * A table of one row printed one cell per line, from its name column's label: the labels
 * (`指標(KPI)` / `現状値` / `目標値`), the periods of the value columns on lines of their own
 * (`(平成26年)` / `(平成32年)`), the row's name on one or two lines wherever it stands among them
 * (after the periods, or right under its label), then one value per value column (`635万人` /
 * `670万人`). Null unless every value column gets one value (and, if any, one period).
 */
export function readVerticalRecord(tokens: Token[], i: number): { header: Header; row: Omit<TableRow, 'place'>; end: number } | null {
  const lone = (j: number) => tokens[j]!.lineStart && tokens[j]!.lineEnd && !tokens[j]!.flattened;
  const first = readColumn(tokens[i]!.text, true);
  if (!lone(i) || first?.role !== 'name') return null;
  const columns: Column[] = [first];
  const periods: string[] = [];
  const name: Token[] = [];
  const values: Token[] = [];
  let j = i + 1;
  const valueColumns = () => columns.filter((c) => VALUE_ROLES.has(c.role));
  for (; j < tokens.length && j <= i + RECORD_LINES && lone(j); j++) {
    const token = tokens[j]!;
    const text = compactCell(token.text);
    const column = readColumn(token.text, false);
    const period = PERIOD_CELL.exec(text);
    if (values.length === 0 && column && !column.period?.startsWith('?') && column.role !== 'name') columns.push(column);
    else if (values.length === 0 && period && readColumn(period[1]!, false)?.period?.startsWith('?')) periods.push(period[1]!);
    else if (readCell(token.text)) values.push(token);
    else if (values.length === 0 && text.length <= HEADING_MAX_LENGTH && !/。/.test(text)) name.push(token);
    else break;
    if (values.length > 0 && values.length === valueColumns().length) {
      j++;
      break;
    }
  }
  const valued = valueColumns();
  if (!valued.some((c) => c.role === 'target') || name.length === 0 || values.length !== valued.length) return null;
  if (periods.length > 0 && periods.length !== valued.length) return null;
  const dated = valued.map((c, k) => ({ ...c, period: c.period ?? periods[k] ?? null }));
  const header: Header = { columns: [first, ...dated], level: levelOf(first.label), kind: 'indicators', tabbed: false, end: j, line: tokens[i]!.line };
  const row = { name, cells: dated.map((column, k) => ({ column, token: values[k]!, cell: readCell(values[k]!.text) })), label: null };
  return { header, row, end: j };
}
