import { IngestError } from '../IngestError';
import type { SourceDoc, SourceLine } from '../read/SourceDoc';
import { statementIndicators } from '../structure/statementIndicators';
import { goalKey, goalKindOf } from './goalKinds';
import { markLines, textOf } from './shared';
import { emptyResult, rawMeasure, type Layout, type LayoutResult, type RawGoal, type RawMeasure } from './types';

const GOAL_TABLE = /^数値目標\s+現状値\s+目標値/;
const KPI_TABLE = /^重要業績評価指標.*現状値\s+目標値/;
const GOAL_HEADING = /^(基本目標|横断的な目標)\s*(\d+)\s+(\S.*)$/;
const DIRECTION = /^方向性$/;
/** A cell that is a value: a number with its unit, an arrow, or a dash for "none". */
const VALUE_CELL = /^((約|全)?[△▲ー\-]?\d[\d,.]*([^\d\s()][^\s()]{0,6})?(\(.*\))?|[↑↓]|[―—－-])$/;
/** A policy number such as 4-1 or 1-2-1 (the measure the KPI belongs to). */
const POLICY_NUMBER = /^\d+([-−‐–ー]\d+)+$/;
/** Fragments ending or continuing with these kana belong to the next row's name. */
const PARTICLE_END = /[\u3041-\u3096]$/;
const PARTICLE_START = /^[をがにのはとたでやもへ]/;

/** True for a value cell, ignoring a trailing `(R1)`. */
function isValueCell(cell: string): boolean {
  return VALUE_CELL.test(cell.replace(/\(.*\)$/, ''));
}

/** Splits on spaces, keeping `(R1)` with the cell before it. */
function cells(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(/\s+/).filter((t) => t !== '')) {
    if (/^\(/.test(token) && out.length > 0) out[out.length - 1] += token;
    else out.push(token);
  }
  return out;
}

/** A table row: name, baseline, target and (in KPI tables) the policy cell. */
interface Row {
  name: string;
  values: string[];
  policy: string | null;
  first: SourceLine;
  last: SourceLine;
}

/** Consecutive text lines that are not a row: part of a name or of a last cell. */
interface Fragment {
  text: string;
  first: SourceLine;
  last: SourceLine;
}

/** A row being read: its name and the cells after it so far. */
interface OpenRow {
  name: string;
  parts: string[];
  first: SourceLine;
  last: SourceLine;
}

/** A table: its kind, header line and rows, and the goal heading that follows it. */
interface Table {
  level: 'goal' | 'measure';
  header: SourceLine;
  rows: Row[];
  endIndex: number;
}

/**
 * Slide decks: tables `数値目標 現状値 目標値` (goal level) and `重要業績評価指標(KPI) 現状値 目標値 施策名`
 * (measure level, the last cell naming the policy), rows whose names wrap over lines, and page
 * headings (`基本目標1 …`) that come after the page's table.
 */
export const kpiSlides: Layout = {
  id: 'kpi-slides',
  description: 'Slide deck with "数値目標 現状値 目標値" / "重要業績評価指標(KPI) 現状値 目標値" tables; headings after tables.',
  detect(doc) {
    return doc.lines.filter((l) => GOAL_TABLE.test(textOf(l)) || KPI_TABLE.test(textOf(l))).length * 3;
  },
  read(doc) {
    const result = emptyResult();
    const lines = doc.lines;
    const goals = new Map<string, RawGoal>();
    const measures = new Map<string, RawMeasure>();
    let pending: Table[] = [];
    let pageHasContent = false;
    for (let i = 0; i < lines.length; i++) {
      const text = textOf(lines[i]!);
      if (GOAL_TABLE.test(text) || KPI_TABLE.test(text)) {
        const table = readTable(doc, i, GOAL_TABLE.test(text) ? 'goal' : 'measure');
        pending.push(table);
        pageHasContent = true;
        i = table.endIndex;
        continue;
      }
      if (DIRECTION.test(text)) pageHasContent = true;
      const heading = GOAL_HEADING.exec(text);
      if (!heading || /基本目標.*基本目標/.test(text)) continue;
      // A heading ends its page; it names the goal of the tables and text above it.
      if (pageHasContent) {
        const kind = goalKindOf(heading[1]!)!.kind;
        const number = Number(heading[2]);
        const key = goalKey(kind, number);
        const title = heading[3]!.trim();
        const known = goals.get(key);
        if (!known) {
          goals.set(key, { key, kind, number, label: `${heading[1]}${number}`, title, subtitle: null, line: lines[i]!.n });
        } else if (known.title !== title) {
          result.skipped.push({
            line: lines[i]!.n,
            reason: `page heading repeats ${known.label} with another title; the first (line ${known.line}) is kept`,
          });
        }
        for (const table of pending) addTable(doc, table, key, measures, result);
        pending = [];
      }
      pageHasContent = false;
    }
    if (pending.length > 0) {
      throw new IngestError(doc.file, pending[0]!.header.n, 'a goal heading (基本目標N …) after the table');
    }
    result.goals.push(...goals.values());
    result.measures.push(...measures.values());
    return result;
  },
};

/** Turns a table's rows into indicators (and policy cells into measures). */
function addTable(
  doc: SourceDoc,
  table: Table,
  goal: string,
  measures: Map<string, RawMeasure>,
  result: LayoutResult,
): void {
  for (const row of table.rows) {
    let measureKey: string | null = null;
    if (row.policy) {
      const [number, ...words] = row.policy.split(' ');
      const label = number!.replace(/[−‐–ー]/g, '-');
      measureKey = `p-${label}`;
      if (!measures.has(measureKey)) {
        measures.set(
          measureKey,
          rawMeasure({
            key: measureKey,
            goalKey: goal,
            label,
            title: words.join(''),
            group: '後期基本計画の施策・基本事業',
            line: row.first.n,
            ...(row.last.n !== row.first.n ? { lineEnd: row.last.n } : {}),
          }),
        );
      }
    }
    const [baseline, target] = row.values;
    result.indicators.push(
      ...statementIndicators(
        { name: row.name, baseline: baseline && !/^[―—－-]$/.test(baseline) ? baseline : null, target: target ?? null },
        {
          file: doc.file,
          line: row.first.n,
          lineEnd: row.last.n,
          goalKey: goal,
          measureKey,
          level: table.level,
        },
      ),
    );
    markLines(result.consumed, row.first.n, row.last.n);
  }
  result.consumed.add(table.header.n);
}

/** Reads the rows of a table that starts at `start`, until the next heading or table. */
function readTable(doc: SourceDoc, start: number, level: 'goal' | 'measure'): Table {
  const lines = doc.lines;
  const header = lines[start]!;
  const rows: Row[] = [];
  let fragments: Fragment[] = [];
  let current: Fragment | null = null;
  let open: OpenRow | null = null;
  let i = start + 1;
  let lastRowEnd = -1;

  const closeRow = (row: OpenRow) => {
    const all = row.parts;
    const values = all.filter(isValueCell).slice(0, 2);
    const policyAt = all.findIndex((c) => POLICY_NUMBER.test(c));
    rows.push({
      name: row.name,
      values,
      policy: policyAt === -1 ? null : all.slice(policyAt).join(' '),
      first: row.first,
      last: row.last,
    });
  };

  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const text = textOf(line);
    if (GOAL_HEADING.test(text) || GOAL_TABLE.test(text) || KPI_TABLE.test(text) || DIRECTION.test(text)) break;
    if (text === '') {
      if (current) fragments.push(current);
      current = null;
      continue;
    }
    const list = cells(text);
    const valueAt = list.findIndex(isValueCell);
    if (open !== null) {
      // A row that still lacks its target continues on this line; a leading `(R1)` belongs to the cell before.
      const row: OpenRow = open;
      if (/^\(/.test(list[0] ?? '') && row.parts.length > 0) row.parts[row.parts.length - 1] += list.shift() ?? '';
      row.parts.push(...list);
      row.last = line;
      if (row.parts.filter(isValueCell).length >= 2) {
        closeRow(row);
        lastRowEnd = i;
        open = null;
      }
      continue;
    }
    if (valueAt === -1) {
      // A fragment: wrapped name of the next row, or wrapped last cell of the row before.
      if (lastRowEnd === i - 1 && rows.length > 0 && rows[rows.length - 1]!.policy && !PARTICLE_END.test(text)) {
        const row = rows[rows.length - 1]!;
        row.policy += text;
        row.last = line;
        lastRowEnd = i;
        continue;
      }
      current = current === null ? { text, first: line, last: line } : { first: current.first, text: current.text + text, last: line };
      continue;
    }
    if (current) fragments.push(current);
    current = null;
    const head = list.slice(0, valueAt).join('');
    let prefix = '';
    let first = line;
    const previous = rows[rows.length - 1];
    for (const fragment of fragments) {
      const belongsToName =
        head === '' || PARTICLE_END.test(fragment.text) || PARTICLE_START.test(head) || !previous?.policy;
      if (belongsToName) {
        prefix += fragment.text;
        if (fragment.first.n < first.n) first = fragment.first;
      } else if (previous) {
        previous.policy += fragment.text;
        previous.last = fragment.last;
      }
    }
    fragments = [];
    const row: OpenRow = { name: prefix + head, parts: list.slice(valueAt), first, last: line };
    if (row.parts.filter(isValueCell).length >= 2) {
      closeRow(row);
      lastRowEnd = i;
    } else open = row;
  }
  if (current) fragments.push(current);
  const previous = rows[rows.length - 1];
  for (const fragment of fragments) {
    if (previous?.policy) {
      previous.policy += fragment.text;
      previous.last = fragment.last;
    }
  }
  if (open) throw new IngestError(doc.file, open.first.n, 'a row with a baseline and a target (現状値 目標値)', open.name);
  return { level, header, rows, endIndex: i - 1 };
}
