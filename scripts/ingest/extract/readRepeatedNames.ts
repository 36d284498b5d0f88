import { compactCell } from '../recognize/compactCell';
import { parsePeriod } from '../recognize/parsePeriod';
import { RecognizeError } from '../recognize/RecognizeError';
import { readCell } from './readCell';
import { readColumn, readHeader, type Column, type Header } from './readHeader';
import { readBlockWord, readGoalHead } from './readHeadings';
import type { Token } from './tokenizeDocument';
import { NAME_ENDINGS, NAME_UNITS, RATE_WORDS } from './vocabulary';

/** One row: the name's tokens and one value per value column, in the header's order. */
export interface RepeatedNameRow {
  name: Token[];
  values: Token[];
}

/** A table read by readRepeatedNames: its header (the two value columns with their roles) and rows. */
export interface RepeatedNameTable {
  header: Header;
  rows: RepeatedNameRow[];
  /** Index of the token after the last row. */
  end: number;
}

/** Most words of a name (a PDF may break one name into a few words: `UIJ ターン希望者相談者数`). */
const NAME_WORDS = 3;
/** Most words of other cells (wrapped 施策 text) between a doubled name and its values. */
const GAP_WORDS = 4;

/** A word, a value or a unit standing alone, with the token it comes from (a glued `法人数5件` gives two). */
interface Item {
  token: Token;
  text: string;
  kind: 'word' | 'value' | 'unit';
}

/** A value with the unit that follows it as a word of its own (`300` `人` → `300人`), and the index after it. */
interface ValueAt {
  text: string;
  token: Token;
  next: number;
}

/** The fiscal year a column's period states, or null. */
function yearOf(column: Column): number | null {
  try {
    return column.period ? (parsePeriod(column.period)?.fiscalYear ?? null) : null;
  } catch (error) {
    if (error instanceof RecognizeError) return null;
    throw error;
  }
}

/**
 * Reads the header at tokens[i] as two value columns (and name and rate columns): `KPI(平成32年3月まで)
 * KPI(平成27年度) 達成率`, `名称 目標 名称 実績 達成率`. Two columns of one word are told apart by their
 * periods: the later is the target, the earlier an actual when a rate column (達成率) compares them,
 * else the baseline. Null when the tokens are not such a header.
 */
function readPairedColumns(tokens: Token[], i: number, end: number): { columns: Column[]; rate: boolean; end: number } | null {
  const columns: Column[] = [];
  let rate = false;
  let j = i;
  for (; j < end; j++) {
    const text = compactCell(tokens[j]!.text);
    if (RATE_WORDS.includes(text)) {
      rate = true;
      continue;
    }
    const column = readColumn(tokens[j]!.text, false);
    if (!column || column.period?.startsWith('?')) break;
    if (column.role !== 'name') columns.push({ ...column });
  }
  if (columns.length !== 2 || !columns.every((c) => ['baseline', 'target', 'actual'].includes(c.role))) return null;
  const [a, b] = columns as [Column, Column];
  if (a.role === b.role) {
    const [ya, yb] = [yearOf(a), yearOf(b)];
    if (ya === null || yb === null || ya === yb) return null;
    const [later, earlier] = ya > yb ? [a, b] : [b, a];
    later.role = 'target';
    earlier.role = rate ? 'actual' : 'baseline';
  }
  if (!columns.some((c) => c.role === 'target')) return null;
  return { columns, rate, end: j };
}

/** A glued name and value (`新規農業生産法人数5件`): the name must end as names end (数, 率, 割合 …). */
const GLUED_VALUE = /^(.*[^\d\s,.])(\d[\d,.]*\D{0,4})$/;

/** The tokens as items: words, values and units; a name glued to its value is split in two. */
function itemsOf(tokens: Token[], from: number, end: number): Item[] {
  const items: Item[] = [];
  for (let j = from; j < end; j++) {
    const token = tokens[j]!;
    const text = compactCell(token.text);
    if (readCell(text)?.kind === 'quantity') items.push({ token, text, kind: 'value' });
    else if (NAME_UNITS.includes(text)) items.push({ token, text, kind: 'unit' });
    else {
      const glued = GLUED_VALUE.exec(text);
      if (glued && glued[1]!.length >= 3 && NAME_ENDINGS.some((w) => glued[1]!.endsWith(w)) && readCell(glued[2]!)?.kind === 'quantity') {
        items.push({ token, text: glued[1]!, kind: 'word' }, { token, text: glued[2]!, kind: 'value' });
      } else items.push({ token, text, kind: 'word' });
    }
  }
  return items;
}

/** True when items[p…] repeat the words `name`. */
function repeats(items: Item[], p: number, name: Item[]): boolean {
  return name.every((w, k) => items[p + k]?.kind === 'word' && items[p + k]!.text === w.text);
}

/** The k words at items[p] as a name (three characters at least), or null when one of them is no word. */
function nameAt(items: Item[], p: number, k: number): Item[] | null {
  const name = items.slice(p, p + k);
  return name.length === k && name.every((w) => w.kind === 'word') && name.map((w) => w.text).join('').length >= 3 ? name : null;
}

/** The value at items[p] with a unit word after a bare number, or null. */
function valueAt(items: Item[], p: number): ValueAt | null {
  const item = items[p];
  if (item?.kind !== 'value') return null;
  const unit = /^[\d,.]+$/.test(item.text) && items[p + 1]?.kind === 'unit' ? items[p + 1]! : null;
  return { text: unit ? item.text + unit.text : item.text, token: item.token, next: p + (unit ? 2 : 1) };
}

/** A row of name, value, name, value at items[p] (`就業相談者数 100 人 就業相談者数 0 人`). */
function pairedRow(items: Item[], p: number): { name: Item[]; values: ValueAt[]; next: number } | null {
  for (let k = 1; k <= NAME_WORDS; k++) {
    const name = nameAt(items, p, k);
    if (!name) return null;
    const first = valueAt(items, p + k);
    if (!first || !repeats(items, first.next, name)) continue;
    const second = valueAt(items, first.next + k);
    if (second) return { name, values: [first, second], next: second.next };
  }
  return null;
}

/**
 * A row whose two name cells come first, side by side, and their values after the other columns'
 * words (`合同企業説明会参加者延べ人数 合同企業説明会参加者延べ人数 場定着支援 … 300 人 32 人`). A name
 * that does not end as a name ends was cut at its cells' line end: it goes on in the paired row
 * that follows (`…地場産物利 …地場産物利 … 用割合 30%以上 用割合 30%以上`).
 */
function doubledRow(items: Item[], p: number): { name: Item[]; values: ValueAt[]; next: number } | null {
  for (let k = 1; k <= NAME_WORDS; k++) {
    const name = nameAt(items, p, k);
    if (!name) return null;
    if (!repeats(items, p + k, name)) continue;
    const whole = NAME_ENDINGS.some((w) => name[name.length - 1]!.text.endsWith(w));
    for (let q = p + 2 * k; q <= p + 2 * k + GAP_WORDS && q < items.length; q++) {
      if (whole) {
        const first = valueAt(items, q);
        const second = first && valueAt(items, first.next);
        if (first && second) return { name, values: [first, second], next: second.next };
      } else {
        const rest = pairedRow(items, q);
        if (rest) return { ...rest, name: [...name, ...rest.name] };
      }
      if (items[q]!.kind !== 'word') break;
    }
  }
  return null;
}

/** A bare number takes the unit its sibling value states (`20` beside `0人` → `20人`): the PDF moved it. */
function withSiblingUnit(values: ValueAt[]): string[] {
  const unitOf = (text: string) => /^[約△▲]?[\d,.]+(.*?)(以上|以下|未満|超)?$/.exec(text)?.[1] ?? '';
  const units = values.map((v) => unitOf(v.text));
  const known = units.find((u) => u !== '');
  return values.map((v, k) => (units[k] === '' && known ? v.text + known : v.text));
}

/** True when tokens[j] opens structure that ends the table (a goal heading, a block word, another header). */
function opensStructure(tokens: Token[], j: number): boolean {
  return readGoalHead(tokens, j) !== null || readBlockWord(tokens[j]!.text) !== null || readHeader(tokens, j) !== null;
}

/**
 * Reads a table whose value columns each print the indicator's name again before its value: a
 * results report's `KPI(平成32年3月まで) KPI(平成27年度) 達成率`, whose rows a PDF converter flattens
 * with the other columns' words between them: `就業相談者数 100 人 就業相談者数 0 人 0.0%`. The name
 * printed twice is what marks a row, so words of other cells between rows are passed over. Rows
 * run from the header at tokens[i] to `end` (its line's end) or the next structure; null without a
 * header or with fewer than two rows.
 */
export function readRepeatedNames(tokens: Token[], i: number, end: number): RepeatedNameTable | null {
  const paired = readPairedColumns(tokens, i, end);
  if (!paired) return null;
  let stop = paired.end;
  while (stop < end && !opensStructure(tokens, stop)) stop++;
  const items = itemsOf(tokens, paired.end, stop);
  const rows: RepeatedNameRow[] = [];
  let last = paired.end;
  for (let p = 0; p < items.length; ) {
    const row = pairedRow(items, p) ?? doubledRow(items, p);
    if (!row) {
      p++;
      continue;
    }
    const texts = withSiblingUnit(row.values);
    const values = row.values.map((v, k) => ({ ...v.token, text: texts[k]! }));
    rows.push({ name: row.name.map((w) => ({ ...w.token, text: w.text })), values });
    p = row.next;
    // The rate column's cell (`0.0%`) ends the row.
    if (paired.rate && items[p]?.kind === 'value' && /%$/.test(items[p]!.text)) p++;
    last = tokens.indexOf(items[p - 1]!.token) + 1;
  }
  if (rows.length < 2) return null;
  const header: Header = { columns: paired.columns, level: null, kind: 'indicators', tabbed: false, end: paired.end, line: tokens[i]!.line };
  return { header, rows, end: last };
}
