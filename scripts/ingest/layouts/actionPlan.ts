import { IngestError } from '../IngestError';
import { parsePeriod } from '../recognize/parsePeriod';
import type { SourceDoc, SourceLine } from '../read/SourceDoc';
import { statementIndicators } from '../structure/statementIndicators';
import { goalKey } from './goalKinds';
import { nextNonBlank, textOf } from './shared';
import { emptyResult, rawMeasure, type Layout, type LayoutResult, type RawGoal } from './types';

const PROJECT_INLINE = /^(\d{1,2})\s+(\S.*プロジェクト)$/;
const NUMBER_ONLY = /^(\d{1,2})$/;
const PROJECT_TITLE = /^\S.*プロジェクト$/;

/** Column roles recognized in a tab-separated header row. */
interface Columns {
  name: number;
  baseline: number;
  target: number;
  department: number;
  isNew: number;
  summary: number;
  years: { index: number; fiscalYear: number }[];
  baselineLabel: string | null;
  targetLabel: string | null;
}

/** Index of the first header cell matching a pattern, or -1. */
function column(cells: string[], pattern: RegExp): number {
  return cells.findIndex((c) => pattern.test(c.replace(/\s+/g, '')));
}

/** Reads the roles of a header row such as `No. 指標 現状値(R1年度) 目標値(R7年度)`. */
export function readColumns(cells: string[]): Columns | null {
  if (!/^No\.?$/i.test(cells[0]?.trim() ?? '')) return null;
  const baseline = column(cells, /^(現状値|基準値)/);
  const target = column(cells, /^目標/);
  const years = cells
    .map((c, index) => ({ index, m: /^(R|H)\s*(\d+)\s*年度$/.exec(c.replace(/\s+/g, '')) }))
    .filter((x) => x.m)
    .map((x) => ({ index: x.index, fiscalYear: parsePeriod(`${x.m![1]}${x.m![2]}`)!.fiscalYear! }));
  const inner = (i: number) => (i === -1 ? null : (/\(([^)]+)\)/.exec(cells[i]!)?.[1] ?? null));
  return {
    name: column(cells, /^(指標|事業名|名称)/),
    baseline,
    target,
    department: column(cells, /^担当/),
    isNew: column(cells, /^新規$/),
    summary: column(cells, /^(事業概要|概要|内容)$/),
    years,
    baselineLabel: inner(baseline),
    targetLabel: inner(target),
  };
}

/**
 * Action plans: numbered projects (`1 子育て寄り添いプロジェクト`) with tab-separated tables of
 * outcome indicators (`No. 指標 現状値(R1年度) 目標値(R7年度)`) and of scheduled programmes
 * (`No. 新規 事業名 担当課 事業概要 R7年度 R8年度 R9年度`, ● marking the years).
 */
export const actionPlan: Layout = {
  id: 'action-plan',
  description: 'Action plan of numbered projects with tab-separated 指標 and 事業 tables.',
  detect(doc) {
    return doc.lines.filter((l) => readColumns(l.text.split('\t')) !== null).length * 3;
  },
  read(doc) {
    const result = emptyResult();
    const lines = doc.lines;
    let goal: RawGoal | null = null;
    let columns: Columns | null = null;
    let last: { cells: string[]; line: SourceLine; lineEnd: SourceLine } | null = null;
    const rows: { cells: string[]; line: SourceLine; lineEnd: SourceLine; columns: Columns; goal: RawGoal | null }[] = [];

    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const text = textOf(line);
      const inline = PROJECT_INLINE.exec(text);
      const alone = NUMBER_ONLY.exec(text);
      const next = alone ? nextNonBlank(lines, i + 1) : null;
      if (inline || (alone && next && PROJECT_TITLE.test(textOf(next.line)))) {
        const number = Number((inline ?? alone)![1]);
        const title = inline ? inline[2]! : textOf(next!.line);
        const key = goalKey('project', number);
        goal = result.goals.find((g) => g.key === key) ?? null;
        if (!goal) {
          goal = { key, kind: 'project', number, label: `プロジェクト${number}`, title, subtitle: null, line: line.n, ...(inline ? {} : { lineEnd: next!.line.n }) };
          result.goals.push(goal);
        }
        columns = null;
        last = null;
        if (!inline) i = next!.index;
        continue;
      }
      if (!line.text.includes('\t')) continue;
      const cells = line.text.split('\t').map((c) => c.trim());
      const header = readColumns(cells);
      if (header) {
        columns = header;
        last = null;
        continue;
      }
      if (!columns) continue;
      if (/^\d+$/.test(cells[0]!)) {
        last = { cells, line, lineEnd: line };
        rows.push({ ...last, columns, goal });
      } else if (cells[0] === '' && last) {
        // A row cut by a page break continues with an empty No. cell.
        cells.forEach((c, k) => {
          if (c !== '') last!.cells[k] = (last!.cells[k] ?? '') + c;
        });
        last.lineEnd = line;
        rows[rows.length - 1]!.lineEnd = line;
      } else {
        throw new IngestError(doc.file, line.n, 'a table row starting with its No. (or a continuation with an empty No. cell)', text);
      }
    }
    for (const row of rows) readRow(doc, row, result);
    return result;
  },
};

/** Turns one table row into an indicator (指標 tables) or a measure (事業 tables). */
function readRow(
  doc: SourceDoc,
  row: { cells: string[]; line: SourceLine; lineEnd: SourceLine; columns: Columns; goal: RawGoal | null },
  result: LayoutResult,
): void {
  const { cells, columns, goal } = row;
  const cell = (i: number) => (i === -1 ? '' : (cells[i] ?? '').trim());
  const lineEnd = row.lineEnd.n !== row.line.n ? { lineEnd: row.lineEnd.n } : {};
  if (columns.target !== -1 && columns.name !== -1) {
    result.indicators.push(
      ...statementIndicators(
        { name: cell(columns.name), baseline: cell(columns.baseline) || null, target: cell(columns.target) || null },
        {
          file: doc.file,
          line: row.line.n,
          lineEnd: row.lineEnd.n,
          goalKey: goal?.key ?? null,
          measureKey: null,
          level: 'goal',
          ...(columns.baselineLabel ? { baselinePeriod: columns.baselineLabel } : {}),
          ...(columns.targetLabel ? { targetPeriod: columns.targetLabel } : {}),
        },
      ),
    );
    for (let n = row.line.n; n <= row.lineEnd.n; n++) result.consumed.add(n);
    return;
  }
  if (columns.name !== -1 && cell(columns.name) !== '') {
    result.measures.push(
      rawMeasure({
        key: `m-${row.line.n}`,
        goalKey: goal?.key ?? null,
        label: `No.${cell(0)}`,
        title: cell(columns.name),
        description: cell(columns.summary) || null,
        department: cell(columns.department) || null,
        schedule: columns.years.filter((y) => /●/.test(cell(y.index))).map((y) => y.fiscalYear),
        isNew: /●/.test(cell(columns.isNew)),
        line: row.line.n,
        ...lineEnd,
      }),
    );
  }
}
