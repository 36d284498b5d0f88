import type { IndicatorLevel } from '../../../src/schemas/indicator';
import { compactCell } from '../recognize/compactCell';
import { parsePeriod } from '../recognize/parsePeriod';
import type { Column, Header } from './readHeader';
import { readCell, type Cell } from './readCell';
import type { Token } from './tokenizeDocument';
import { joinName } from './rowIndicators';
import { CIRCLED } from './readHeadings';
import { readColumn } from './readHeader';
import { isGrantAmount, isGrantKind } from './grantReportCells';
import { BULLETS, DIRECTION_MARK, EVALUATION_MARK, NAME_UNITS, UNIT_CELL_LENGTH, VALUE_ROLES } from './vocabulary';

/** Where a row stands in the outline when it is read. */
export interface RowPlace {
  goalKey: string | null;
  measureKey: string | null;
  level: IndicatorLevel;
}

/** One row of a table: its name tokens and its value cells with their columns. */
export interface TableRow {
  name: Token[];
  cells: { column: Column; token: Token; cell: Cell | null }[];
  /** Every cell by column index, for rows read by position (programme tables read their other columns). */
  byColumn?: Token[][];
  place: RowPlace;
  /** Qualifier of a row that shares its name with the row before (`就学前児童`, `小学生`). */
  label: string | null;
  /** A row with no name cell: the measure it stands under names it. */
  namedByMeasure?: boolean;
  /** Words of a 施策名 / 基本事業名 cell after the values (`4-1 豊かな住環境の整備`): the measure the row belongs to. */
  title?: Token[];
}

/** Columns that hold values, in order. */
function valueColumns(header: Header): Column[] {
  return header.columns.filter((c) => VALUE_ROLES.has(c.role));
}

/** A token that only marks a list item or a cell (`-`, `・`, `●`, a circled number `①` alone). */
function isMarker(text: string): boolean {
  return new RegExp(`^([${BULLETS}\\-]+|[${CIRCLED}])$`).test(text);
}

/**
 * Reads a table's rows from the tokens that follow its header, token by token, so that it works
 * for TAB rows, space-separated rows, rows wrapped over lines and whole tables flattened onto one
 * line. A row is a name (the words since the last row or sentence) followed by one value per value
 * column; a line whose cells match the header one to one is read by position instead.
 */
export class TableReader {
  readonly header: Header;
  readonly rows: TableRow[] = [];
  /** Sentences met between rows (a measure's description in a `具体的な施策 基準値 KPI` table), with where they stood. */
  readonly prose: { tokens: Token[]; place: RowPlace }[] = [];
  private readonly values: Column[];
  private name: Token[] = [];
  private cells: TableRow['cells'] = [];
  /** Line of the last row read by stream: words left on it belong to text columns unless values follow. */
  private rowLine: number | null = null;
  private lastPlace: RowPlace | null = null;
  /** Words that lead the next value (`5年間で` before `250件`). */
  private prefix = '';
  /** Inside a note: text that opens a line with `※` says how a value was chosen, and states none. */
  private inNote = false;
  /** Words of a target written in words that wraps over lines, after a nameless `未策定` baseline. */
  private wordy: Token[] | null = null;
  /** The last row, while the words after its values fill its title cell. */
  private titled: TableRow | null = null;
  /** A name has been read in this table (values before any name are rows whose names follow). */
  private sawName = false;
  /** Values read before any name: the row being filled, and full rows waiting for their names in order. */
  private orphan: TableRow['cells'] = [];
  private orphans: TableRow['cells'][] = [];

  /** The value cell just read when it ends in a digit, in a table with no 単位 column: a unit word may follow it. */
  private bareValue: TableRow['cells'][number] | null = null;
  /** A grant report's 交付金の種類 cell was just read: the 実績額 after it is the project's, no value of a row. */
  private grantAmount = false;
  /** A 掲載頁 column stands before the value columns: a bare number right after a name is its page. */
  private readonly pagedRows: boolean;

  constructor(header: Header) {
    this.header = header;
    this.values = valueColumns(header);
    const roles = header.columns.map((c) => c.role);
    this.pagedRows = roles.includes('page') && roles.indexOf('page') < roles.findIndex((r) => VALUE_ROLES.has(r));
  }

  /** True while a row's name has been read and none of its values yet (a `① 認知度` line goes on with it). */
  get readingName(): boolean {
    return this.name.length > 0 && this.cells.length === 0 && !this.inNote;
  }

  /** Feeds the tokens of a line (or of a flattened line from `i`) that is not structure; returns the next index. */
  push(tokens: Token[], i: number, place: RowPlace): number {
    const token = tokens[i]!;
    if (token.lineStart && !token.flattened) {
      const line = lineTokens(tokens, i);
      if (this.readByPosition(line, place)) return i + line.length;
    }
    if (this.header.kind === 'measures') return i + 1;
    if (this.isRowNumber(tokens, i)) return i + 1;
    this.pushToken(token, place);
    return i + 1;
  }

  /**
   * In a table printed one cell per line, a small number that opens a line and goes on with words
   * is the row's No. cell glued to its name (`1 玉東町総合戦略策定事業`), not a value: values stand on
   * lines of their own or before their unit (`3 人`).
   */
  private isRowNumber(tokens: Token[], i: number): boolean {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (!this.header.vertical || !token.lineStart || token.lineEnd || token.flattened || !/^\d{1,2}$/.test(token.text)) return false;
    if (!next || next.line !== token.line) return false;
    const word = compactCell(next.text);
    return readCell(next.text) === null && !NAME_UNITS.includes(word) && word.length > UNIT_CELL_LENGTH;
  }

  /** Reads a line whose cells (TAB cells, else words) match the header's columns one to one. */
  private readByPosition(line: Token[], place: RowPlace): boolean {
    const columns = this.header.columns;
    const tabbed = line[0]!.lineCells > 1;
    if ((tabbed ? line[0]!.lineCells : line.length) !== columns.length || columns.length < 3) return false;
    // Words split by spaces line up with the columns only on a row of their own, not inside an open row.
    if (!tabbed && this.cells.length > 0) return false;
    const byColumn = tabbed ? columns.map((_, k) => line.filter((t) => t.cellIndex === k)) : line.map((t) => [t]);
    const codeAt = columns.findIndex((c) => c.role === 'code');
    const previous = this.rows[this.rows.length - 1];
    if (tabbed && codeAt !== -1 && byColumn[codeAt]!.length === 0 && previous?.byColumn) {
      // A row cut by a page break goes on with an empty No. cell.
      byColumn.forEach((cell, k) => previous.byColumn![k]!.push(...cell));
      this.rows[this.rows.length - 1] = this.rowFrom(previous.byColumn, previous.place);
      return true;
    }
    const row = this.rowFrom(byColumn, place);
    if (this.header.kind === 'measures') {
      if (row.name.length === 0) return false;
    } else if (!tabbed && row.name.some((t) => readCell(t.text) !== null || /^\(.*\)$/.test(t.text))) {
      return false;
    } else {
      const target = row.cells.find((c) => c.column.role === 'target');
      if (!target || row.name.length === 0 || (row.cells.every((c) => c.cell === null) && !tabbed)) return false;
    }
    // Words read since the last row are the start of this row's wrapped name.
    const wrapped = this.cells.length === 0 ? this.name : [];
    if (this.cells.length > 0) this.flushPartial();
    this.rows.push({ ...row, name: [...wrapped, ...row.name] });
    this.name = [];
    return true;
  }

  /** A row from its cells by column: the name (or a programme's title) and the value cells. */
  private rowFrom(byColumn: Token[][], place: RowPlace): TableRow {
    const columns = this.header.columns;
    const nameAt = columns.findIndex((c) => c.role === (this.header.kind === 'measures' ? 'title' : 'name'));
    const cells: TableRow['cells'] = [];
    columns.forEach((column, k) => {
      if (!VALUE_ROLES.has(column.role) || byColumn[k]!.length === 0) return;
      const token = joinTokens(byColumn[k]!);
      cells.push({ column, token, cell: readCell(token.text) });
    });
    return { name: nameAt === -1 ? [] : byColumn[nameAt]!, cells, byColumn, place, label: null };
  }

  /** Stream reading: names accumulate until values arrive. */
  private pushToken(token: Token, place: RowPlace): void {
    this.lastPlace = place;
    if (token.lineStart && token.text.startsWith('※')) {
      this.finishWordy();
      this.inNote = true;
    }
    if (this.inNote) {
      // The note runs over wrapped lines (blank lines between) to a line that ends its sentence.
      if (token.lineEnd && /。$/.test(token.text)) this.inNote = false;
      return;
    }
    if (token.line !== this.rowLine && this.name.length > 0 && this.name.every((t) => t.line === this.rowLine)) this.name = [];
    if (this.titled && this.readTitle(token)) return;
    const text = token.text;
    if (this.wordy) {
      this.wordy.push(token);
      return;
    }
    // `○`, `A`: a 改善・悪化 or 達成度 cell in its place among the values (before `○` is taken for a bullet).
    const expectedMark = this.values[this.cells.length]?.role === 'mark';
    if (expectedMark && this.cells.length > 0 && EVALUATION_MARK.test(compactCell(text))) {
      this.cells.push({ column: this.values[this.cells.length]!, token, cell: null });
      if (this.cells.length === this.values.length) this.emit(token, place);
      return;
    }
    // `↑`: a 目指す方向 cell in its place, the first of the row's cells or after its name's.
    if (this.values[this.cells.length]?.role === 'direction' && this.name.length > 0 && DIRECTION_MARK.test(compactCell(text))) {
      this.cells.push({ column: this.values[this.cells.length]!, token, cell: null });
      return;
    }
    // `基礎交付 16,362,485 指標②`: a grant report's 交付金の種類 and 実績額 cells belong to the project, and
    // the words before them name it (`4 漁船誘致…事業`), not a KPI.
    if (isGrantKind(text)) {
      if (this.cells.length > 0) this.flushPartial();
      this.name = [];
      this.grantAmount = true;
      return;
    }
    const afterGrant = this.grantAmount;
    this.grantAmount = false;
    if (afterGrant && isGrantAmount(text)) return;
    if (isMarker(text) || (text.startsWith('※') && this.name.length > 0)) return;
    if (/^(\d+年間?で|約|年間?|毎年|延べ)$/.test(compactCell(text))) {
      this.prefix += text;
      return;
    }
    if (this.cells.length > 0 && /^\(.*\)$/.test(text) && readCell(text) === null && /\d|元/.test(text)) {
      // `24.5%` / `(R1) ↑`: a period opening a line belongs to the value before it.
      const last = this.cells[this.cells.length - 1]!;
      last.token = { ...last.token, text: last.token.text + text };
      return;
    }
    // `11,206 ha`: a unit printed apart from its number belongs to the value right before it.
    const unitOf = this.bareValue;
    this.bareValue = null;
    if (unitOf && NAME_UNITS.includes(compactCell(text))) {
      unitOf.token = { ...unitOf.token, text: unitOf.token.text + text };
      unitOf.cell = readCell(unitOf.token.text);
      return;
    }
    // `農業産出額 59 1,690百万円 …`: the page number of a 掲載頁 column between the name and the values.
    if (this.pagedRows && this.name.length > 0 && this.cells.length === 0 && PAGE_NUMBER.test(text)) return;
    // There, a bare number after values written with their units is no value of the row (`… 12,000 ha 2 林業`: a heading's number).
    if (this.pagedRows && PAGE_NUMBER.test(text) && this.cells.some((c) => /\D$/.test(c.token.text.trim()))) {
      this.flushPartial();
      return;
    }
    const cell = readCell(this.prefix + text);
    const written = this.prefix + text;
    this.prefix = '';
    const expected = this.values[this.cells.length];
    if ((expected?.role === 'when' || expected?.role === 'since') && this.cells.length > 0 && isPeriodText(text)) {
      this.cells.push({ column: expected, token, cell: null });
      if (this.cells.length === this.values.length) this.emit(token, place);
      return;
    }
    // A column label repeated before a row (`指標 首都圏での…`, `単位`, `現状`), or with the row's ordinal glued
    // to it (`指標②`: a grant report's second KPI of a project), is no part of a name. The ordinal opens a
    // row: the row before it is over (its last cells left empty, `3 人 H28.3` with no 実績値), and values
    // read before it are no row waiting for a later name.
    const label = readColumn(text.replace(ROW_ORDINAL, ''), false);
    const ordinal = ROW_ORDINAL.test(text);
    if (ordinal && !cell && label !== null && this.cells.length > 0) this.flushPartial();
    if (!cell && this.cells.length === 0 && label !== null && !label.period?.startsWith('?')) {
      if (ordinal) this.orphans = [];
      return;
    }
    if (expected?.role === 'unit' && this.name.length > 0 && !cell && compactCell(text).length <= UNIT_CELL_LENGTH) {
      this.cells.push({ column: expected, token, cell: null });
      return;
    }
    if (cell && this.cells.length === 0) this.splitFragments(token.line);
    if (cell) {
      if (cell.kind === 'none' && this.name.length === 0 && this.cells.length === 0 && place.measureKey && this.values[0]?.role === 'baseline') {
        // `未策定 2024年度(令和6年度)中の計画策定` under a measure: a baseline word, then the target in words.
        this.cells.push({ column: this.values[0], token, cell });
        this.wordy = [];
        return;
      }
      if (this.name.length === 0 && this.cells.length === 0) {
        // Values right after the header, before any name (`目標指標 基準値(H26) 実績値(H27) 目標値(H31) 3 9 12 延べ 2 …`):
        // rows whose names follow them, one word each.
        if (!this.sawName && this.rows.length === 0) this.pushOrphan({ column: this.values[this.orphan.length]!, token: { ...token, text: written }, cell });
        return;
      }
      const value = { column: this.values[this.cells.length]!, token: { ...token, text: written }, cell };
      this.cells.push(value);
      if (/\d$/.test(written) && !this.values.some((c) => c.role === 'unit')) this.bareValue = value;
      if (this.cells.length === this.values.length) this.emit(token, place);
      return;
    }
    if (this.cells.length > 0) {
      // A label repeated before each value (`登録者数 24名 登録者数 50名`) belongs to the row.
      if (this.name.some((n) => n.text === text)) return;
      this.flushPartial();
    }
    if (/[。]$/.test(text)) {
      this.prose.push({ tokens: [...this.name, token], place });
      this.name = [];
      return;
    }
    const orphan = this.name.length === 0 && this.cells.length === 0 ? this.orphans.shift() : undefined;
    if (orphan) {
      this.rows.push({ name: [token], cells: orphan, place, label: null });
      return;
    }
    this.orphans = [];
    this.sawName = true;
    this.name.push(token);
  }

  /** Adds a value that stands before any name; a full set of them waits for its name. */
  private pushOrphan(cell: TableRow['cells'][number]): void {
    this.orphan.push(cell);
    if (this.orphan.length === this.values.length) {
      this.orphans.push(this.orphan);
      this.orphan = [];
    }
  }

  /** Ends a target written in words: its tokens become one target cell of a row named by its measure. */
  private finishWordy(): void {
    const words = this.wordy;
    this.wordy = null;
    const target = this.values.find((c) => c.role === 'target');
    if (!words || words.length === 0 || !target || !this.lastPlace) return;
    const token = { ...words[words.length - 1]!, text: joinName(words) };
    this.rows.push({ name: [], cells: [...this.cells, { column: target, token, cell: readCell(token.text) }], place: this.lastPlace, label: null, namedByMeasure: true });
    this.cells = [];
  }

  /** Emits the row read so far when it holds a target, an interim one at least (a row cut short before its last target). */
  private flushPartial(): void {
    if (this.lastPlace && this.cells.some((c) => c.column.role === 'target' || c.column.role === 'interim')) {
      this.rows.push({ name: this.name, cells: this.cells, place: this.lastPlace, label: null });
    }
    this.cells = [];
    this.name = [];
  }

  /** Emits a complete row. */
  private emit(last: Token, place: RowPlace): void {
    const row: TableRow = { name: this.name, cells: this.cells, place, label: null };
    this.rows.push(row);
    this.name = [];
    this.cells = [];
    this.rowLine = last.line;
    const roles = this.header.columns.map((c) => c.role);
    if (roles.lastIndexOf('title') > Math.max(...this.values.map((v) => roles.indexOf(v.role)))) this.titled = { ...row, title: [] };
    if (this.titled) this.rows[this.rows.length - 1] = this.titled;
  }

  /** Reads a word on the last row's line into its title cell; false when the word stands elsewhere. */
  private readTitle(token: Token): boolean {
    if (token.line !== this.rowLine) return false;
    this.titled!.title!.push(token);
    return true;
  }

  /**
   * When the first value of a row arrives after a titled row, the lines of words read since are
   * either the wrapped title cell of the row before (`保険・医療の充実`) or the wrapped name of this
   * one: a line that ends in kana (`…居場所が`) or comes before words that start with a particle
   * (`を受ける…`, `た回数`), or before a value with no name on its line, belongs to the name.
   */
  private splitFragments(valueLine: number): void {
    const titled = this.titled;
    if (!titled) return;
    const head = this.name.filter((t) => t.line === valueLine);
    const headText = head.map((t) => t.text).join('');
    const lines = [...new Set(this.name.filter((t) => t.line !== valueLine).map((t) => t.line))];
    const fragments = splitRuns(lines).map((run) => this.name.filter((t) => run.includes(t.line)));
    const kept: Token[] = [];
    for (const fragment of fragments) {
      const text = fragment.map((t) => t.text).join('');
      if (head.length === 0 || KANA_END.test(text) || PARTICLE_START.test(headText)) kept.push(...fragment);
      else titled.title!.push(...fragment);
    }
    this.name = [...kept, ...head];
    this.titled = null;
  }

  /** Ends the table: a partial row with a target is kept, labelled rows get their shared name. */
  close(): TableRow[] {
    this.finishWordy();
    if (this.titled && this.cells.length === 0) this.titled.title!.push(...this.name);
    this.flushPartial();
    return shareNames(this.rows.filter((r) => r.name.length > 0 || r.namedByMeasure));
  }
}

/** True for a period alone (`H28.3`, `令和6年度`). */
function isPeriodText(text: string): boolean {
  try {
    return parsePeriod(text) !== null;
  } catch {
    return false;
  }
}

/** A circled row ordinal glued after a column label (`指標②`). */
const ROW_ORDINAL = new RegExp(`(?<=.)[${CIRCLED}]$`);

/** A page number: one to three digits, no unit. */
const PAGE_NUMBER = /^\d{1,3}$/;

/** Kana that ends a line cut inside a phrase (`…居場所が`, `…受診し`). */
const KANA_END = /[\u3041-\u3096]$/;
/** Particles that start a line continuing a phrase (`を受ける…`). */
const PARTICLE_START = /^[をがにのはとたでやもへ]/;

/** Runs of consecutive line numbers: [3, 4, 7] → [[3, 4], [7]]. */
function splitRuns(lines: number[]): number[][] {
  const runs: number[][] = [];
  for (const line of lines) {
    const run = runs[runs.length - 1];
    if (run && line === run[run.length - 1]! + 1) run.push(line);
    else runs.push([line]);
  }
  return runs;
}

/** The tokens of the line that starts at tokens[i]. */
function lineTokens(tokens: Token[], i: number): Token[] {
  const line: Token[] = [];
  for (let j = i; j < tokens.length && tokens[j]!.line === tokens[i]!.line; j++) line.push(tokens[j]!);
  return line;
}

/** One token standing for several (a cell's words joined by a space). */
export function joinTokens(tokens: Token[]): Token {
  return { ...tokens[0]!, text: tokens.map((t) => t.text).join(' ') };
}

/**
 * Rows that follow each other on one line, each named by one short word, share the name of the
 * first: `割合(市民意向調査) / 就学前児童 64.3% 増加 小学生 60.6% 増加` gives `割合(市民意向調査)`
 * labelled `就学前児童` and `小学生`.
 */
function shareNames(rows: TableRow[]): TableRow[] {
  for (let k = 1; k < rows.length; k++) {
    const [previous, row] = [rows[k - 1]!, rows[k]!];
    const previousLine = previous.cells[previous.cells.length - 1]?.token.line;
    const short = row.name.length === 1 && compactCell(row.name[0]!.text).length <= 10;
    if (!short || row.name[0]!.line !== previousLine || row.name[0]!.lineStart) continue;
    const own = previous.name.filter((t) => t.line === previousLine);
    const shared = previous.name.filter((t) => t.line !== previousLine);
    if (previous.label === null) {
      if (own.length !== 1 || shared.length === 0) continue;
      previous.label = compactCell(own[0]!.text);
      previous.name = shared;
    }
    row.label = compactCell(row.name[0]!.text);
    row.name = previous.name;
  }
  return rows;
}
