import type { SourceDoc } from '../read/SourceDoc';
import { compactCell } from '../recognize/compactCell';
import { INDICATOR_LABEL_WORDS } from './vocabulary';
import { yearCells } from './yearCells';

/** An indicator read from its 目標 and 実績 rows under a year header. */
export interface YearRows {
  name: string;
  line: number;
  /** The target as written with the last year (`400ヘクタール(平成20年度)`). */
  target: string;
  /** 実績 values with their years (`427ヘクタール(平成20年度)`), oldest first. */
  actuals: { text: string; line: number }[];
  end: number;
}

/** Most text lines between a name and its year header (`自己評価` / `B`). */
const GAP_LINES = 4;

/** A year header with the years' digits glued after their era (`平成(年度)181920` → 18, 19, 20). */
const GLUED_YEARS = /^(平成|令和|昭和)\(年度?\)(\d+)$/;

/** Values glued one after another, each with its unit (`0ヘクタール0ヘクタール400ヘクタール`). */
const GLUED_VALUE = /(\d[\d,]*(?:\.\d+)?)([^\d,.]+)/g;

/**
 * Reads an indicator of an evaluation page whose small year table came out with its cells glued
 * (佐渡市: `成果指標朱鷺と…の取組面積` / `平成(年度)181920` / `目標0ヘクタール0ヘクタール400ヘクタール` /
 * `実績0ヘクタール0ヘクタール427ヘクタール`): the name glued after its column label (INDICATOR_LABEL_WORDS),
 * a year header a few lines below, a 目標 row and a 実績 row, their values split on their unit. The
 * target is the 目標 row's last value, dated by the last year; the 実績 row gives the actuals. Glued
 * years are read two digits each only when they are as many as the values. Null for other lines.
 */
export function readGluedYearRows(doc: SourceDoc, n: number): YearRows | null {
  const text = (k: number) => compactCell(doc.lines[k - 1]?.text ?? '');
  const label = INDICATOR_LABEL_WORDS.find((w) => text(n).startsWith(w) && text(n).length > w.length);
  if (!label) return null;
  const name = text(n).slice(label.length);
  if (/[。、\d]/.test(name)) return null;
  const lines: number[] = [];
  for (let k = n + 1; k <= doc.lines.length && lines.length < GAP_LINES + 3; k++) if (text(k) !== '') lines.push(k);
  const at = lines.findIndex((k) => GLUED_YEARS.test(text(k)) || yearCells(text(k)).length >= 2);
  if (at === -1 || at > GAP_LINES) return null;
  const [headerLine, targetLine, actualLine] = lines.slice(at, at + 3);
  const targets = targetLine === undefined ? null : rowValues(text(targetLine), '目標');
  if (!targets || targets.length < 2) return null;
  const years = yearsOf(text(headerLine!), targets.length);
  if (!years) return null;
  const actuals = actualLine === undefined ? null : rowValues(text(actualLine), '実績');
  const dated = (value: string, k: number) => `${value}(${years[k]!})`;
  return {
    name,
    line: n,
    target: dated(targets[targets.length - 1]!, targets.length - 1),
    actuals: actuals?.length === targets.length ? actuals.map((v, k) => ({ text: dated(v, k), line: actualLine! })) : [],
    end: actuals ? actualLine! : targetLine!,
  };
}

/** The values of a row that opens with its label (`目標0ヘクタール…`), split on their unit, all in one unit; null otherwise. */
function rowValues(text: string, label: string): string[] | null {
  if (!text.startsWith(label)) return null;
  const rest = text.slice(label.length).replace(/^値/, '');
  const values = [...rest.matchAll(GLUED_VALUE)];
  if (values.length === 0 || values.map((v) => v[0]).join('') !== rest) return null;
  if (new Set(values.map((v) => v[2])).size !== 1) return null;
  return values.map((v) => v[0]);
}

/** The header's years as periods (`平成18年度`), as many as the values, or null. */
function yearsOf(text: string, count: number): string[] | null {
  const glued = GLUED_YEARS.exec(text);
  if (glued) {
    const digits = glued[2]!;
    if (digits.length !== count * 2) return null;
    return Array.from({ length: count }, (_, k) => `${glued[1]}${digits.slice(2 * k, 2 * k + 2)}年度`);
  }
  const cells = yearCells(text);
  return cells.length === count ? cells : null;
}
