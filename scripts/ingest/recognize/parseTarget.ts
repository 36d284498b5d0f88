import type { TargetBasis, TargetKind } from '../../../src/schemas/indicator';
import { normalizeLine } from '../clean/normalizeLine';
import { compactCell } from './compactCell';
import { findPeriod } from './findPeriod';
import { isNoValue } from './isNoValue';
import { parseCumulative, type Cumulative } from './parseCumulative';
import { parsePeriod, type Period } from './parsePeriod';
import { readPrefix } from './readPrefix';
import { splitCell } from './splitCell';

/** A target cell read: a number, a direction, or words. */
export type Target = {
  kind: TargetKind;
  value?: number;
  valueMax?: number;
  /** Unit as written (`万人`, `億円`, `%`). */
  unit?: string;
  approximate?: boolean;
  /** When the target is due, if the cell says (`200～220人（令和11年）`). */
  period?: Period;
  /** A target summed over years (`500人（100人／年×5年）`, `年140人`, `20人（累計）`). */
  cumulative?: Cumulative;
  /** Words that qualify the value (`累計`, `R1水準`, `現状値より半減`), or the whole text of a qualitative target. */
  note?: string;
  /**
   * `per-year` for `年140人`, `350人/年` or an average over a window (`2021~2026年度平均`);
   * `cumulative` for `累計`, `5年間で250件`, `500人（100人／年×5年）` or a window total (`2021~2026年度累計`);
   * `total` otherwise (absent for words).
   */
  basis?: TargetBasis;
};

/** Cells that are a direction or a state rather than a number. */
const WORDS: readonly [RegExp, TargetKind][] = [
  [/^(?:↑|↗|増加|増)$/, 'increase'],
  [/^(?:↓|↘|減少|減)$/, 'decrease'],
  [/^(?:均衡|±0)$/, 'zero-balance'],
  [/^(?:(?:基準値|現状値|現状)を?)?維持$/, 'maintain'],
];

/**
 * Reads a target cell; null when it states no target (empty, `—`, `－`, `―`).
 * `'500人（100人／年×5年）'` → { kind: 'number', basis: 'cumulative', value: 500, unit: '人', cumulative: { perYear: 100, years: 5 } };
 * `'年140人'` → { kind: 'number', basis: 'per-year', value: 140, unit: '人', cumulative: { perYear: 140 } };
 * `'↑'` → { kind: 'increase' }; `'均衡（R7）'` → { kind: 'zero-balance', period: R7 }; `'6.6人（維持）'` → { kind: 'maintain', value: 6.6, unit: '人' };
 * `'具体的数値項目を定義し、増加を図る'` → { kind: 'qualitative', note: '具体的数値項目を定義し、増加を図る' }.
 */
export function parseTarget(text: string): Target | null {
  const cell = compactCell(text);
  if (isNoValue(cell)) return null;
  const word = WORDS.find(([pattern]) => pattern.test(cell));
  if (word) return { kind: word[1] };
  // `均衡（R7）`, `維持(令和7年度)`: a state dated by its period.
  const dated = /^(.+?)\(([^()]+)\)$/.exec(cell);
  const datedWord = dated ? WORDS.find(([pattern]) => pattern.test(dated[1]!)) : undefined;
  const datedPeriod = datedWord ? parsePeriod(dated![2]!) : null;
  if (datedWord && datedPeriod) return { kind: datedWord[1], period: datedPeriod };
  const { groups, prefix, quantity, qualifier } = splitCell(cell, text.trim());
  if (!quantity) {
    const period = findPeriod(cell)?.period;
    return { kind: 'qualitative', note: normalizeLine(text), ...(period ? { period } : {}) };
  }
  let kind: TargetKind = quantity.valueMax === undefined ? 'number' : 'range';
  let period: Period | undefined;
  let cumulative: Cumulative | undefined = quantity.perYear ? { perYear: quantity.value } : undefined;
  const notes: string[] = [];
  const head = readPrefix(prefix, text.trim());
  if (head.years !== undefined) cumulative = { ...cumulative, years: head.years };
  period = head.period;
  if (head.note) notes.push(head.note);
  if (qualifier) notes.push(qualifier);
  for (const group of groups) {
    const formula = group.includes('×') ? parseCumulative(group) : null;
    const groupPeriod = formula || group.includes('×') ? null : parsePeriod(group);
    if (group === '維持') kind = 'maintain';
    else if (formula) cumulative = formula;
    else if (groupPeriod && !period) period = groupPeriod;
    else {
      notes.push(group);
      if (group === '累計') cumulative ??= {};
    }
  }
  const window = period?.label ?? '';
  const basis: TargetBasis =
    cumulative?.years !== undefined || notes.includes('累計') || /累計/.test(window)
      ? 'cumulative'
      : quantity.perYear || /\/年$/.test(quantity.unit) || /平均/.test(window)
        ? 'per-year'
        : 'total';
  return {
    kind,
    basis,
    value: quantity.value,
    ...(quantity.valueMax !== undefined ? { valueMax: quantity.valueMax } : {}),
    unit: quantity.unit,
    ...(quantity.approximate ? { approximate: true } : {}),
    ...(period ? { period } : {}),
    ...(cumulative ? { cumulative } : {}),
    ...(notes.length > 0 ? { note: notes.join('・') } : {}),
  };
}
