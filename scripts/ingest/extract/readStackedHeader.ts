import { compactCell } from '../recognize/compactCell';
import { readColumn, type Column, type Header } from './readHeader';
import type { Token } from './tokenizeDocument';
import { NAME_COLUMN_ENDINGS, HEADING_MAX_LENGTH, type ColumnRole } from './vocabulary';

/** Roles a year's column can take from the cell under its year. */
const YEAR_ROLES: ReadonlySet<ColumnRole> = new Set(['baseline', 'actual', 'target', 'interim']);

/** Longest name-column label read from its ending (`まちづくり指標`). */
const NAME_LABEL_LENGTH = 12;

/**
 * The role a cell under a year states: `実績` → actual, `目標値` → target; a qualifier in parentheses
 * that names a role of its own wins (`実績 (当初値)` → baseline: the first actual is the baseline). Null for other cells.
 */
export function yearRole(text: string): ColumnRole | null {
  const cell = compactCell(text);
  const qualified = /^(.+?)\(([^()]+)\)$/.exec(cell);
  const inner = qualified ? readColumn(qualified[2]!, false) : null;
  if (inner && YEAR_ROLES.has(inner.role) && !inner.period?.startsWith('?')) return inner.role;
  const whole = readColumn(qualified ? qualified[1]! : cell, false);
  return whole && YEAR_ROLES.has(whole.role) && whole.period === null ? whole.role : null;
}

/** The name column a cell labels: a column word of that role, or a short label that ends with one (`まちづくり指標`). */
function nameColumn(text: string): Column | null {
  const cell = compactCell(text);
  const column = readColumn(cell, true);
  if (column?.role === 'name') return column;
  if ([...cell].length <= NAME_LABEL_LENGTH && NAME_COLUMN_ENDINGS.some((w) => cell.endsWith(w) && cell !== w)) return { role: 'name', label: cell, period: null };
  return null;
}

/**
 * Reads a header printed one cell per line in which each year column takes two cells, the year and
 * what its values are (盛岡市 施策評価シート: `まちづくり指標` / `目指す` / `方向` / `単位` / `25年度` /
 * `実績 (当初値)` / `27年度` / `実績` / … / `36年度` / `目標値`), from its name column's label. A label
 * wrapped over two lines (`目指す` / `方向`) is read whole. The year is the column's period; of several
 * target years the last is the plan's and the others interim (as readHeader does). Null unless at
 * least two year columns follow, one of them a target; its rows follow one name and one row of values
 * each (read by TableReader).
 */
export function readStackedHeader(tokens: Token[], i: number): Header | null {
  const lone = (j: number) => j < tokens.length && tokens[j]!.lineStart && tokens[j]!.lineEnd && !tokens[j]!.flattened && (j === i || !tokens[j]!.blankBefore);
  if (!lone(i)) return null;
  const first = nameColumn(tokens[i]!.text);
  if (!first) return null;
  const columns: Column[] = [first];
  let years = 0;
  let j = i + 1;
  while (lone(j)) {
    const text = compactCell(tokens[j]!.text);
    if (text.length > HEADING_MAX_LENGTH) break;
    const column = readColumn(text, false);
    const role = lone(j + 1) ? yearRole(tokens[j + 1]!.text) : null;
    if (column?.period?.startsWith('?') || (column === null && /^\d{1,2}年度?$/.test(text))) {
      if (role === null) break;
      columns.push({ role, label: `${text}${compactCell(tokens[j + 1]!.text)}`, period: column?.period?.slice(1) ?? text });
      years++;
      j += 2;
      continue;
    }
    if (column && column.role !== 'name' && !YEAR_ROLES.has(column.role)) {
      columns.push(column);
      j++;
      continue;
    }
    const wrapped = column === null && lone(j + 1) ? readColumn(text + compactCell(tokens[j + 1]!.text), false) : null;
    if (wrapped && wrapped.role !== 'name' && !YEAR_ROLES.has(wrapped.role)) {
      columns.push(wrapped);
      j += 2;
      continue;
    }
    break;
  }
  const targets = columns.filter((c) => c.role === 'target');
  if (years < 2 || targets.length === 0) return null;
  for (const column of targets.slice(0, -1)) column.role = 'interim';
  return { columns, level: null, kind: 'indicators', tabbed: false, vertical: true, end: j, line: tokens[i]!.line };
}
