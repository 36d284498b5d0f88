import type { SourceDoc } from '../read/SourceDoc';
import { compactCell } from '../recognize/compactCell';
import { readColumn } from './readHeader';
import { readUnitNames, type UnitName } from './readUnitNames';
import { isSectionLabel } from './sectionLabel';
import { yearCells } from './yearCells';

/** An indicator whose target is the last of its group of trailing values. */
export interface TrailingTarget extends UnitName {
  /** The target as written with its unit and the last year (`415,000人(28年度)`). */
  target: string;
  /** Lines of its trailing values. */
  valueLines: number[];
}

/** Most lines an evaluation sheet's year table takes after its names. */
const TABLE_LINES = 150;

/** A cell that is a bare number (`380,500`, `95.00`). */
const NUMBER = /^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/;

/**
 * Reads the targets of an evaluation sheet printed one cell per line whose last year columns came
 * out after all the others, grouped by row (桜川市 施策評価シート: ①-④ then years 21-28年度, each
 * year's 目標値/実績値 pairs in row order, and the 26-28年度 targets last: 405,000 410,000 415,000 /
 * 12,000 ×3 / …; 精華町: `目標` / 4 values / `実績` / 4 values per row, then the two 試算 years' values of each row).
 * From the numbered names with their units (readUnitNames) to the next section label or sentence: the
 * year labels, the rows labelled 目標/実績 (each takes as many values as the first one holds), and the
 * values no row took. The last run of those, N·M values for N names, gives each name its M last
 * years' values in order; the target is the last, dated by the last year label. Null unless M is a
 * whole number smaller than the number of years.
 */
export function readTrailingTargets(doc: SourceDoc, n: number): { rows: TrailingTarget[]; end: number } | null {
  const list = readUnitNames(doc, n);
  if (!list) return null;
  const years: string[] = [];
  let rowSize: number | null = null;
  let taking = 0;
  let run: { text: string; line: number }[] = [];
  let last: typeof run = [];
  let end = list.end;
  for (let k = list.end + 1; k <= doc.lines.length && k <= list.end + TABLE_LINES; k++) {
    const text = doc.lines[k - 1]!.text.trim();
    if (text === '') continue;
    if (isSectionLabel(text) || /。/.test(text)) break;
    const cell = compactCell(text);
    if (NUMBER.test(cell)) {
      if (taking > 0) {
        taking--;
        continue;
      }
      run.push({ text: cell, line: k });
      last = run;
      end = k;
      continue;
    }
    run = [];
    const found = yearCells(text);
    for (const year of found) if (!years.includes(year)) years.push(year);
    if (found.length === 0 && isRowLabel(cell)) {
      // The first labelled row says how many values each takes.
      rowSize ??= countValues(doc, k + 1);
      taking = rowSize;
    }
  }
  const names = list.names;
  const groups = last.length / names.length;
  if (last.length === 0 || !Number.isInteger(groups) || groups >= years.length) return null;
  const year = years[years.length - 1]!;
  const rows = names.map((name, i) => {
    const values = last.slice(i * groups, (i + 1) * groups);
    return { ...name, target: `${values[values.length - 1]!.text}${name.unit}(${year})`, valueLines: values.map((v) => v.line) };
  });
  return { rows, end };
}

/** A row's label: a column word of a target or an actual (`目標`, `実績`, `目標値`). */
function isRowLabel(cell: string): boolean {
  const column = readColumn(cell, false);
  return column !== null && column.label === cell && (column.role === 'target' || column.role === 'actual');
}

/** How many bare numbers stand one per line from line k. */
function countValues(doc: SourceDoc, k: number): number {
  let count = 0;
  for (let m = k; m <= doc.lines.length; m++) {
    const cell = compactCell(doc.lines[m - 1]!.text.trim());
    if (cell === '') continue;
    if (!NUMBER.test(cell)) break;
    count++;
  }
  return count;
}
