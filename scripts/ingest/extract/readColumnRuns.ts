import { compactCell } from '../recognize/compactCell';
import { readCell } from './readCell';
import { readColumn, type Column, type Header } from './readHeader';
import { readMeasureHead, type MeasureHead } from './readHeadings';
import type { TableRow } from './readTableRows';
import type { Token } from './tokenizeDocument';
import { UNIT_CELL_LENGTH, VALUE_ROLES } from './vocabulary';

/**
 * A flattened page whose table a PDF converter printed column by column: under each measure
 * heading the header's labels come back with their cells between them (`単位 % 現状 0
 * 目標(平成31年度)`), the names of those rows later in a run of their own, the targets later still.
 * Every part keeps its order, so the parts are put back together by counting.
 */
export interface ColumnRunTable {
  /** The measure headings inside the table; section 0 is the measure open when the table began. */
  sections: { head: MeasureHead | null; line: number }[];
  /** Rows put back together, each with the section it belongs to; `place` is the caller's. */
  rows: { section: number; row: Omit<TableRow, 'place'> }[];
  /** Rows whose name or target could not be matched by count, with why. */
  unmatched: { line: number; reason: string }[];
}

/** A column with the cells that stand after its label. */
interface Run {
  column: Column;
  cells: Token[];
}

/** A repeat of the header with the cells of its columns, or followed by rows written row by row. */
interface Block {
  section: number;
  runs: Run[];
  /** Rows read row by row after a header whose labels stand together. */
  rows: Omit<TableRow, 'place'>[];
}

interface Section {
  head: MeasureHead | null;
  line: number;
  /** Its name column label (`目標(指標)名`) stands in it: a repeat of the header starts here. */
  labelled: boolean;
  /** Names that stand alone, with no cell after them: names of rows printed column by column. */
  names: Token[];
}

/** What a token is in a table printed column by column. */
type Kind = 'head' | 'name-label' | 'value-label' | 'text-label' | 'cell' | 'word';

/** A column label that is no bare period (`平成31年度` alone is a cell's period, not a column). */
function labelOf(text: string): Column | null {
  const column = readColumn(text, false);
  return column && !column.period?.startsWith('?') ? column : null;
}

function kindOf(tokens: Token[], j: number): Kind {
  const text = tokens[j]!.text;
  if (readMeasureHead(tokens, j)) return 'head';
  const column = labelOf(text);
  if (column?.role === 'name') return 'name-label';
  if (column && VALUE_ROLES.has(column.role)) return 'value-label';
  if (column) return 'text-label';
  return readCell(text) ? 'cell' : 'word';
}

/** A word that can stand in a 単位 column (`人`, `カ所`, `自治会`). */
function isUnitWord(text: string): boolean {
  return readCell(text) === null && compactCell(text).length <= UNIT_CELL_LENGTH;
}

/**
 * True when the tokens [start, end) of a flattened page hold two value columns in a row with their
 * cells between the labels (`単位 % 現状 0 目標(平成31年度)`): the table was printed column by column.
 */
export function isColumnRunTable(tokens: Token[], start: number, end: number): boolean {
  /** Index of the value label that ends the run of cells after the value label at j, or -1. */
  const runEnd = (j: number): number => {
    if (kindOf(tokens, j) !== 'value-label') return -1;
    let k = j + 1;
    const unit = labelOf(tokens[j]!.text)?.role === 'unit';
    while (k < end && (kindOf(tokens, k) === 'cell' || (unit && kindOf(tokens, k) === 'word' && isUnitWord(tokens[k]!.text)))) k++;
    return k > j + 1 && k < end && kindOf(tokens, k) === 'value-label' ? k : -1;
  };
  // Two columns in a row with their cells between the labels; one alone is a labelled row (`現状値(H26) 22,585 実績 …`).
  for (let j = start; j + 4 < end; j++) {
    const k = runEnd(j);
    if (k !== -1 && runEnd(k) !== -1) return true;
  }
  return false;
}

/**
 * Reads the tokens [start, end) after the header of a table printed column by column.
 * - Each repeat of the header opens a block: its labels with the cells between them give rows by
 *   position in the runs (`単位 団体 人 件 現状 88 2,059 3` → three rows); labels that stand together
 *   are followed by rows written row by row, several rows interleaved as runs (`A B 人 人 1,624 261
 *   1,800 280` → A and B).
 * - The k-th block belongs to the k-th section that repeats the name label, when their counts agree
 *   (else to the section it stands in); a block's nameless rows take, in order, the names that
 *   stand alone in its section, when their counts agree.
 * - Rows with no target take, in order, the cells that stand alone (after a 説明 label, or with no
 *   name before them), when their counts agree.
 */
export function readColumnRuns(tokens: Token[], start: number, end: number, header: Header): ColumnRunTable {
  const line = tokens[start]?.line ?? header.line;
  const sections: Section[] = [{ head: null, line, labelled: header.columns.some((c) => c.role === 'name'), names: [] }];
  const valueColumns = header.columns.filter((c) => VALUE_ROLES.has(c.role));
  const blocks: Block[] = [{ section: 0, runs: valueColumns.map((column) => ({ column, cells: [] })), rows: [] }];
  const loose: Token[][] = [];
  const unmatched: ColumnRunTable['unmatched'] = [];
  let mode: 'runs' | 'rows' | 'names' | 'text' = 'rows';
  let group: Token[] = [];

  const block = () => blocks[blocks.length - 1]!;
  const section = () => sections[sections.length - 1]!;
  const looseCell = (token: Token, after: Kind | null) => {
    if (after === 'cell' && loose.length > 0) loose[loose.length - 1]!.push(token);
    else loose.push([token]);
  };
  const endGroup = () => {
    if (group.length > 0) {
      const { rows, rest } = groupRows(group, block().runs.map((r) => r.column));
      block().rows.push(...rows);
      if (rest.length > 0) unmatched.push({ line: rest[0]!.line, reason: `expected a name, then one cell per column, found "${rest.map((t) => t.text).join(' ')}"` });
    }
    group = [];
  };

  let previous: Kind | null = null;
  for (let j = start; j < end; j++) {
    const token = tokens[j]!;
    const kind = kindOf(tokens, j);
    if (kind === 'head') {
      endGroup();
      const head = readMeasureHead(tokens, j)!;
      sections.push({ head, line: token.line, labelled: false, names: [] });
      mode = 'names';
      j += head.used - 1;
      previous = kind;
      continue;
    }
    if (kind === 'name-label') {
      endGroup();
      section().labelled = true;
      mode = 'names';
    } else if (kind === 'value-label') {
      endGroup();
      const column = labelOf(token.text)!;
      if (mode !== 'runs' || block().runs.some((r) => r.column.role === column.role)) blocks.push({ section: sections.length - 1, runs: [], rows: [] });
      block().runs.push({ column, cells: [] });
      mode = 'runs';
    } else if (kind === 'text-label') {
      endGroup();
      mode = 'text';
    } else {
      if (mode === 'runs') {
        const run = block().runs[block().runs.length - 1]!;
        if (run.column.role === 'unit' ? isUnitWord(token.text) : kind === 'cell') {
          run.cells.push(token);
          previous = kind;
          continue;
        }
        // The labels stood together: rows follow, written row by row; else the cells stood between them.
        mode = block().runs.every((r) => r.cells.length === 0) ? 'rows' : 'names';
      }
      if (mode === 'rows') group.push(token);
      else if (kind === 'cell') looseCell(token, previous);
      else if (mode === 'names') section().names.push(token);
    }
    previous = kind;
  }
  endGroup();

  // Pair blocks with the sections that repeat the name label, when they are as many.
  const labelled = sections.map((s, k) => (s.labelled ? k : -1)).filter((k) => k !== -1);
  const sectionOf = (b: number) => (labelled.length === blocks.length ? labelled[b]! : blocks[b]!.section);
  const rows: ColumnRunTable['rows'] = [];
  const taken = new Set<number>();
  blocks.forEach((b, k) => {
    const at = sectionOf(k);
    for (const row of b.rows) rows.push({ section: at, row });
    const nameless = runRows(b.runs);
    if (nameless.length === 0) return;
    const names = sections[at]!.names;
    if (names.length !== nameless.length || taken.has(at)) {
      unmatched.push({ line, reason: `expected ${nameless.length} names standing alone after ${sections[at]!.head?.label ?? 'the header'}, found ${names.length}` });
      return;
    }
    taken.add(at);
    nameless.forEach((row, r) => rows.push({ section: at, row: { ...row, name: [names[r]!] } }));
  });

  const needing = rows.filter(({ row }) => !row.cells.some((c) => c.column.role === 'target'));
  const cells = loose.flat();
  const run = cells.length === needing.length ? cells : (loose.find((r) => r.length === needing.length) ?? null);
  if (needing.length > 0 && !run) {
    unmatched.push({ line, reason: `expected ${needing.length} target cells standing alone, found runs of ${loose.map((r) => r.length).join(', ') || 'none'}` });
  }
  needing.forEach(({ row }, r) => {
    const target = valueColumns.find((c) => c.role === 'target');
    if (run && target) row.cells.push({ column: target, token: run[r]!, cell: readCell(run[r]!.text) });
  });

  return {
    sections: sections.map(({ head, line }) => ({ head, line })),
    rows: rows.filter(({ row }) => row.cells.some((c) => c.column.role === 'target')),
    unmatched,
  };
}

/** Rows by position in the runs of a block whose cells stand between its labels. */
function runRows(runs: Run[]): Omit<TableRow, 'place'>[] {
  const count = Math.max(0, ...runs.map((r) => r.cells.length));
  if (count === 0 || runs.some((r) => r.cells.length !== 0 && r.cells.length !== count)) return [];
  return Array.from({ length: count }, (_, n) => ({
    name: [],
    cells: runs.filter((r) => r.cells.length > 0).map((r) => ({ column: r.column, token: r.cells[n]!, cell: readCell(r.cells[n]!.text) })),
    label: null,
  }));
}

/**
 * Rows written row by row, k at a time: k names, then k cells of each column in the header's order
 * (`待機児童 人 0 0` with k = 1; `A B 人 人 1,624 261 1,800 280` with k = 2). Null when the words and
 * cells do not divide into whole rows, the tokens from there on are the rest.
 */
function groupRows(group: Token[], columns: Column[]): { rows: Omit<TableRow, 'place'>[]; rest: Token[] } {
  const rows: Omit<TableRow, 'place'>[] = [];
  const unitAt = columns.findIndex((c) => c.role === 'unit');
  let at = 0;
  while (at < group.length) {
    let words = 0;
    while (at + words < group.length && readCell(group[at + words]!.text) === null) words++;
    const k = unitAt === -1 ? words : words / 2;
    const size = k * (columns.length + 1);
    if (!Number.isInteger(k) || k === 0 || at + size > group.length) break;
    const part = group.slice(at, at + size);
    const read = Array.from({ length: k }, (_, r) => ({
      name: [part[r]!],
      cells: columns.map((column, c) => ({ column, token: part[k * (c + 1) + r]!, cell: readCell(part[k * (c + 1) + r]!.text) })),
      label: null,
    }));
    if (read.some((row) => row.cells.some((cell, c) => c !== unitAt && cell.cell === null))) break;
    rows.push(...read);
    at += size;
  }
  return { rows, rest: group.slice(at) };
}
