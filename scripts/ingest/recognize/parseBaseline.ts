import { compactCell } from './compactCell';
import { isNoValue } from './isNoValue';
import { parsePeriod, type Period } from './parsePeriod';
import { readPrefix } from './readPrefix';
import { splitCell } from './splitCell';

/** A baseline (現状値, 基準値) cell read. */
export type Baseline = {
  value?: number;
  valueMax?: number;
  /** Unit as written (`万人`, `m³`, `%`). */
  unit?: string;
  approximate?: boolean;
  /** Written as a yearly amount (`年 2 件`). */
  perYear?: boolean;
  /** The period the value is of, when the cell says (`(H30) 76 万人`, `24.5%（R1）`). */
  period?: Period;
  /** Words beside the value (`累計`, `参考`, `石鳥谷線`), or the whole text when there is no value (`未策定`). */
  note?: string;
};

/**
 * Reads a baseline cell; null when it states nothing (empty, `—`, `－`, `―`).
 * `'(H30) 76 万人'` → { value: 76, unit: '万人', period: { label: 'H30', fiscalYear: 2018 } };
 * `'（参考※令和4年度 35.5％）'` → { value: 35.5, unit: '%', period: { label: '令和4年度', fiscalYear: 2022 }, note: '参考' };
 * `'未策定'` → { note: '未策定' }.
 */
export function parseBaseline(text: string): Baseline | null {
  const cell = compactCell(text);
  if (isNoValue(cell)) return null;
  const { groups, prefix, quantity, qualifier } = splitCell(cell, text.trim());
  if (!quantity) {
    const period = parsePeriod(cell);
    return period ? { period } : { note: cell };
  }
  const head = readPrefix(prefix, text.trim());
  let period: Period | undefined = head.period;
  const notes = [head.note, qualifier].filter((note): note is string => !!note);
  for (const group of groups) {
    const groupPeriod = parsePeriod(group);
    if (groupPeriod && !period) period = groupPeriod;
    else notes.push(group);
  }
  return {
    value: quantity.value,
    ...(quantity.valueMax !== undefined ? { valueMax: quantity.valueMax } : {}),
    unit: quantity.unit,
    ...(quantity.approximate ? { approximate: true } : {}),
    ...(quantity.perYear ? { perYear: true } : {}),
    ...(period ? { period } : {}),
    ...(notes.length > 0 ? { note: notes.join('・') } : {}),
  };
}
