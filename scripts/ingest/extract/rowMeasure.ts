import { compactCell } from '../recognize/compactCell';
import { parsePeriod } from '../recognize/parsePeriod';
import { rawMeasure, type RawMeasure } from './types';
import type { Header } from './readHeader';
import type { TableRow } from './readTableRows';
import { joinName, joinWords } from './rowIndicators';
import { SCHEDULE_MARKS } from './vocabulary';

/** The text of a row's cell in the first column with this role; null when the column or the text is missing. */
function cellText(row: TableRow, header: Header, role: string): string | null {
  const k = header.columns.findIndex((c) => c.role === role);
  const text = k === -1 ? '' : joinWords(row.byColumn?.[k] ?? []).trim();
  return text === '' ? null : text;
}

/**
 * A programme table's row as a measure: its title, description (事業概要), department (担当課), the
 * fiscal years its year columns mark (●) and whether 新規 is marked.
 * `No.1 | ● | 保育料軽減事業 | 子育て支援課 | … | ● | ● | ●` under `No. 新規 事業名 担当課 事業概要 R7年度 R8年度 R9年度`
 * → { label: 'No.1', title: '保育料軽減事業', department: '子育て支援課', schedule: [2025, 2026, 2027], isNew: true }.
 */
export function rowMeasure(row: TableRow, header: Header, key: string): RawMeasure {
  const code = cellText(row, header, 'code');
  const codeLabel = header.columns.find((c) => c.role === 'code')?.label ?? '';
  const schedule = header.columns
    .map((column, k) => ({ column, marked: (row.byColumn?.[k] ?? []).some((t) => SCHEDULE_MARKS.test(t.text)) }))
    .filter(({ column, marked }) => column.role === 'schedule' && marked)
    .map(({ column }) => parsePeriod(column.period ?? '')?.fiscalYear)
    .filter((fy): fy is number => fy !== undefined);
  const lines = (row.byColumn ?? []).flat().map((t) => t.line);
  const [line, lineEnd] = [Math.min(...lines), Math.max(...lines)];
  return rawMeasure({
    key,
    goalKey: row.place.goalKey,
    label: code ? `${codeLabel}${compactCell(code)}` : null,
    title: joinName(row.name),
    description: cellText(row, header, 'description'),
    department: cellText(row, header, 'department'),
    schedule,
    isNew: SCHEDULE_MARKS.test(cellText(row, header, 'new') ?? ''),
    line,
    ...(lineEnd !== line ? { lineEnd } : {}),
  });
}
