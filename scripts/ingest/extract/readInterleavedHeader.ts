import { compactCell } from '../recognize/compactCell';
import { readColumn, type Column, type Header } from './readHeader';
import type { Token } from './tokenizeDocument';
import { VALUE_ROLES } from './vocabulary';

/** A header read from labels mixed with its first row, and the tokens of that row in order. */
export interface InterleavedHeader {
  header: Header;
  /** Indices of the first row's tokens. */
  firstRow: number[];
}

/** Longest label spelled out letter by letter (`指 標 名`). */
const SPACED_LABEL_LENGTH = 6;

/**
 * The column label at tokens[j]: a label as written, one set with a space between its letters
 * (`指 標 名` → 指標名), or one wrapped after `・` (`改善・` `悪化` → 改善・悪化); null for other words.
 */
export function labelAt(tokens: Token[], j: number): { column: Column; used: number } | null {
  const token = tokens[j]!;
  const sameLine = (k: number) => k < tokens.length && tokens[k]!.line === token.line;
  const whole = readColumn(token.text, false);
  if (whole && !whole.period?.startsWith('?')) return { column: whole, used: 1 };
  if (token.text.endsWith('・') && sameLine(j + 1)) {
    const wrapped = readColumn(token.text + tokens[j + 1]!.text, false);
    if (wrapped) return { column: wrapped, used: 2 };
  }
  let spelled = '';
  let best: { column: Column; used: number } | null = null;
  for (let k = j; sameLine(k) && k - j < SPACED_LABEL_LENGTH && [...compactCell(tokens[k]!.text)].length === 1; k++) {
    spelled += compactCell(tokens[k]!.text);
    const column = k > j ? readColumn(spelled, false) : null;
    if (column) best = { column, used: k - j + 1 };
  }
  return best;
}

/**
 * Reads a header whose labels a PDF converter printed mixed with the cells of the first row at the
 * same height, in reading order (江田島市, test/gold/towns/etajima-2016.txt: `指 標 名
 * 有害鳥獣による農作物年間被害額(千円) 現状値(H26) 22,585 実績 改善・ 悪化 達成度 目標値(H31) 20,563
 * ○ A 20,000`): the labels in order are the columns (at most one cell between two of them), and the
 * cells between them and right after the last, as many as there are columns, are the first row.
 * Null unless a cell stands between labels and the columns hold a name, a baseline and a target.
 */
export function readInterleavedHeader(tokens: Token[], i: number): InterleavedHeader | null {
  const start = tokens[i];
  if (!start?.flattened) return null;
  const first = labelAt(tokens, i);
  if (!first || first.column.role !== 'name') return null;
  const columns: Column[] = [{ ...first.column }];
  const firstRow: number[] = [];
  let j = i + first.used;
  for (;;) {
    const label = j < tokens.length && tokens[j]!.line === start.line ? labelAt(tokens, j) : null;
    if (label) {
      columns.push({ ...label.column });
      j += label.used;
      continue;
    }
    const after = j + 1 < tokens.length && tokens[j + 1]!.line === start.line ? labelAt(tokens, j + 1) : null;
    if (!after || firstRow.length >= columns.length) break;
    firstRow.push(j);
    j++;
  }
  const roles = columns.map((c) => c.role);
  // One name, one baseline and one target: a header repeated along the line is a table printed by columns (readColumnRuns).
  const once = (role: string) => roles.filter((r) => r === role).length === 1;
  if (firstRow.length === 0 || !once('name') || !once('baseline') || !once('target')) return null;
  const wanted = columns.filter((c) => c.role === 'name' || VALUE_ROLES.has(c.role)).length;
  while (firstRow.length < wanted && j < tokens.length && tokens[j]!.line === start.line) firstRow.push(j++);
  if (firstRow.length !== wanted) return null;
  const header: Header = { columns, level: null, kind: 'indicators', tabbed: false, end: j, line: start.line };
  return { header, firstRow };
}
