import type { IndicatorLevel } from '../../../src/schemas/indicator';
import { compactCell } from '../recognize/compactCell';
import { parsePeriod } from '../recognize/parsePeriod';
import { RecognizeError } from '../recognize/RecognizeError';
import type { Token } from './tokenizeDocument';
import { COLUMN_WORDS, GOAL_BLOCK_WORDS, GOAL_COLUMN_WORDS, HEADING_MAX_LENGTH, MEASURE_BLOCK_WORDS, MEASURE_COLUMN_WORDS, type ColumnRole } from './vocabulary';

/** One column of a table header: its role and the period its label states (`目標値(R7年度)` → R7年度). */
export interface Column {
  role: ColumnRole;
  label: string;
  period: string | null;
}

/** A table header row read from tokens. */
export interface Header {
  columns: Column[];
  /** Level its name column implies (`数値目標`, `基本目標指標` → goal; `重要業績評価指標(KPI)` → measure), if any. */
  level: IndicatorLevel | null;
  /** `indicators` for a table of targets; `measures` for a programme table (事業名, no target column). */
  kind: 'indicators' | 'measures';
  /** Its cells are TAB-separated (rows are read by position). */
  tabbed: boolean;
  /** It was printed one label per line (a PDF table flattened to a column of cells): its rows come one cell per line too. */
  vertical?: boolean;
  /** Index of the first token after the header. */
  end: number;
  line: number;
}

/** The period a text states, or null (never throws). */
function periodOf(text: string): string | null {
  try {
    return parsePeriod(text)?.label ?? null;
  } catch (error) {
    if (error instanceof RecognizeError) return null;
    throw error;
  }
}

/** A year written with no era (`24年度`): a column's period that the document's era dates (withDocumentEra). */
export const ERA_LESS_YEAR = /^\d{1,2}年度?$/;

/** Block words of either level. */
const BLOCK_WORDS: readonly string[] = [...GOAL_BLOCK_WORDS, ...MEASURE_BLOCK_WORDS];

/** Roles a word may take at the end of a longer label dated by its head (`平成13年実績`, `5ヵ年目標`). */
const SUFFIX_ROLES: ReadonlySet<ColumnRole> = new Set(['actual', 'target', 'interim', 'baseline']);
/** Roles a word keeps at the end of any longer label (`主要施策コード`, `基本事業名`). */
const TAIL_ROLES: ReadonlySet<ColumnRole> = new Set(['code', 'text', 'title', 'department', 'description']);

/**
 * Reads one header cell: a column word, a column word with its period (`現状値(R1年度)`,
 * `平成13年実績`, `目標値24年度`), or a period alone (`平成12年`, role resolved by readHeader). Null for other words.
 */
export function readColumn(text: string, first: boolean): (Column & { period: string | null }) | Column | null {
  const cell = compactCell(text);
  if (cell.length > HEADING_MAX_LENGTH) return null;
  const exact = COLUMN_WORDS.find(([word]) => word === cell);
  // `数値目標 基準値 目標値`, `KPI 現状値 目標値`: a block word heading the first column names the indicators.
  if (exact) return { role: first && BLOCK_WORDS.includes(exact[0]) ? 'name' : exact[1], label: cell, period: null };
  const group = /^(.+?)\(([^()]+)\)$/.exec(cell);
  if (group) {
    const period = periodOf(group[2]!);
    const word = COLUMN_WORDS.find(([w]) => w === group[1]);
    if (word && period) return { role: word[1], label: cell, period };
    // `指標(KPI)`: a column word qualified by a block word.
    if (word && MEASURE_BLOCK_WORDS.includes(group[2]!)) return { role: word[1], label: cell, period: null };
  }
  // `目標値24年度`, `現状値H26`: a column word and its period with no parentheses (an era-less year kept as written).
  const headed = COLUMN_WORDS.find(([w, role]) => SUFFIX_ROLES.has(role) && cell.startsWith(w) && cell !== w);
  if (headed) {
    const tail = cell.slice(headed[0].length);
    const period = periodOf(tail) ?? (ERA_LESS_YEAR.test(tail) ? tail : null);
    if (period) return { role: headed[1], label: cell, period };
  }
  for (const [word, role] of COLUMN_WORDS) {
    if (!cell.endsWith(word) || cell === word) continue;
    if (TAIL_ROLES.has(role)) return { role, label: cell, period: null };
    if (!SUFFIX_ROLES.has(role)) continue;
    const head = cell.slice(0, -word.length);
    const period = periodOf(head.replace(/の$/, ''));
    if (period) return { role, label: cell, period };
    if (/\d/.test(head)) return { role, label: cell, period: null };
  }
  const period = periodOf(cell);
  return period ? { role: 'baseline', label: cell, period: `?${period}` } : null;
}

/** Level a name column's word implies. */
export function levelOf(label: string): IndicatorLevel | null {
  if (MEASURE_BLOCK_WORDS.some((w) => label.startsWith(w) || label.endsWith(`(${w})`))) return 'measure';
  if (GOAL_COLUMN_WORDS.includes(label)) return 'goal';
  return null;
}

/**
 * 'measure' when the header's row names a 施策 column before it (MEASURE_COLUMN_WORDS), on its line
 * since the last sentence: `基本目標 基本施策 … 施 策 農業者の確保・育成対策 掲載頁 現状値 目標値…`
 * (a PDF's letter spacing split `施 策`, joined again here). Else null.
 */
export function outlineLevel(tokens: Token[], i: number): IndicatorLevel | null {
  const line = tokens[i]!.line;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.line === line && !tokens[k]!.text.includes('。')) k--;
  const before = tokens.slice(k + 1, i).map((t) => compactCell(t.text));
  for (let a = 0; a < before.length; a++) {
    // Letters one per token, as a PDF spaced them (`施` `策`), read as one word.
    let word = before[a]!;
    for (let b = a + 1; [...word].length < 4 && b < before.length && [...before[b]!].length === 1 && [...before[b - 1]!].length === 1; b++) {
      word += before[b]!;
      if (MEASURE_COLUMN_WORDS.includes(word)) return 'measure';
    }
    if (MEASURE_COLUMN_WORDS.includes(before[a]!)) return 'measure';
  }
  return null;
}

/**
 * Reads the header row that starts at `tokens[i]`: a run of column labels on one line with at least a
 * target column and a name or baseline column, or a programme table's (`No. 新規 事業名 担当課 事業概要
 * R7年度 …`: a 事業名 column and no target; its period columns are the schedule). Columns labelled by a period alone become the
 * baseline (the first, when no column says 基準値/現状値) or actuals (the others).
 * `指標 基準値 数値目標 達成状況 検証結果` → name, baseline, target, actual, text.
 */
export function readHeader(tokens: Token[], i: number): Header | null {
  const start = tokens[i];
  if (!start || !(start.cellStart || start.flattened)) return null;
  const columns: Column[] = [];
  let j = i;
  while (j < tokens.length && tokens[j]!.line === start.line) {
    const column = readColumn(tokens[j]!.text, columns.length === 0);
    if (!column) break;
    columns.push(column);
    j++;
  }
  if (!start.flattened && j < tokens.length && tokens[j]!.line === start.line) return null;
  // `指標名 単位 H26 H31`: with no target word, the last of two years or more after a name column is the target.
  const years = columns.filter((c) => c.period?.startsWith('?'));
  if (years.length >= 2 && columns[0]!.role === 'name' && !columns.some((c) => c.role === 'target') && !start.flattened) {
    const last = years[years.length - 1]!;
    [last.role, last.period] = ['target', last.period!.slice(1)];
  }
  const roles = columns.map((c) => c.role);
  const targets = roles.includes('target') && (roles.includes('name') || roles.includes('baseline'));
  const programme = !roles.includes('target') && roles.includes('title') && columns.length >= 3 && !start.flattened;
  if (columns.length < 2 || !(targets || programme)) return null;
  const explicitBaseline = columns.some((c) => c.role === 'baseline' && !c.period?.startsWith('?'));
  let periodColumns = 0;
  for (const column of columns) {
    if (!column.period?.startsWith('?')) continue;
    column.period = column.period.slice(1);
    column.role = programme ? 'schedule' : !explicitBaseline && periodColumns === 0 ? 'baseline' : 'actual';
    periodColumns++;
  }
  // `目標値24年度 目標値29年度`: the last dated target is the plan's, the ones before it interim targets.
  const dated = columns.filter((c) => c.role === 'target');
  if (dated.length > 1 && dated.every((c) => c.period !== null)) for (const column of dated.slice(0, -1)) column.role = 'interim';
  const nameColumn = columns.find((c) => c.role === 'name');
  const level = (nameColumn ? levelOf(nameColumn.label) : null) ?? outlineLevel(tokens, i);
  return { columns, level, kind: programme ? 'measures' : 'indicators', tabbed: start.lineCells > 1, end: j, line: start.line };
}

/**
 * Reads a header printed one cell per line (a PDF table flattened to a column of cells):
 * consecutive lines that each hold one column label, at least three, with a target column.
 * `指標値` / `単位` / `目標月` / `実績値` → target, unit, when, actual.
 */
export function readVerticalHeader(tokens: Token[], i: number): Header | null {
  const start = tokens[i];
  if (!start || !start.lineStart || !start.lineEnd || start.flattened) return null;
  const columns: Column[] = [];
  let j = i;
  while (j < tokens.length && tokens[j]!.lineStart && tokens[j]!.lineEnd && (j === i || !tokens[j]!.blankBefore)) {
    const column = readColumn(tokens[j]!.text, false);
    if (!column || column.period?.startsWith('?')) break;
    columns.push(column);
    j++;
  }
  const roles = columns.map((c) => c.role);
  // `指標値` / `単位` alone: the same grant-report table without its 目標月 and 実績値 columns.
  const valueAndUnit = columns.length === 2 && roles[0] === 'target' && roles[1] === 'unit';
  if (!valueAndUnit && (columns.length < 3 || !roles.includes('target') || roles.filter((r) => r !== 'target' && r !== 'name').length < 2)) return null;
  return { columns, level: null, kind: 'indicators', tabbed: false, vertical: true, end: j, line: start.line };
}
