import type { ExtractedRow } from './ExtractedRow';
import type { GoldIndicator } from './goldSchema';
import { splitUnit } from './splitUnit';

/** How far (in lines) a row's source line may be from the gold line and still be exact (corpus README). */
export const LINE_TOLERANCE = 2;

/** The fields an exact match must get right, in table order. */
export const FIELDS = ['level', 'unit', 'baselineValue', 'baselineFy', 'targetKind', 'targetValue', 'targetFy', 'line'] as const;

/** One scored field of a match. */
export type Field = (typeof FIELDS)[number];

/** A field on which a row disagrees with its gold indicator, with both sides as text. */
export interface FieldDiff {
  field: Field;
  gold: string;
  extracted: string;
}

/** Relative tolerance of value comparisons: 1.137343 万 and 11373.43 differ only in rounding. */
const RELATIVE_EPSILON = 1e-9;

/** Whether two values agree once their units' scale words are folded in (null agrees only with null). */
export function sameValue(a: number | null, aFactor: number, b: number | null, bFactor: number): boolean {
  if (a === null || b === null) return a === b;
  const x = a * aFactor;
  const y = b * bFactor;
  return Math.abs(x - y) <= RELATIVE_EPSILON * Math.max(Math.abs(x), Math.abs(y), 1);
}

/** A value with its unit for a diff line: (76, '万人') → `76万人`; null → `-`. */
function showValue(value: number | null, unit: string | null): string {
  return value === null ? '-' : `${value}${unit ?? ''}`;
}

/** A fiscal year or `-`. */
function showYear(fy: number | null): string {
  return fy === null ? '-' : String(fy);
}

/** A unit or `(none)`. */
function showUnit(unit: string | null): string {
  return unit === null || unit === '' ? '(none)' : unit;
}

/**
 * The fields on which a matched row disagrees with its gold indicator; empty when the match is
 * exact. Units compare without their scale word and values with it, so a row of 760,000 人 agrees
 * with a gold 76 万人 on unit and value. A gold baseline of null is a baseline with no value and no
 * year; `value` of a target includes `value_max`. The line agrees within LINE_TOLERANCE.
 */
export function compareFields(gold: GoldIndicator, row: ExtractedRow): FieldDiff[] {
  const goldUnit = splitUnit(gold.unit);
  const rowUnit = splitUnit(row.unit);
  const goldBaseline = gold.baseline ?? { value: null, fy: null };
  const diffs: FieldDiff[] = [];
  const check = (field: Field, agree: boolean, goldText: string, rowText: string) => {
    if (!agree) diffs.push({ field, gold: goldText, extracted: rowText });
  };
  const range = (value: number | null, max: number | null, unit: string | null) =>
    max === null ? showValue(value, unit) : `${showValue(value, unit)}..${showValue(max, unit)}`;

  check('level', gold.level === row.level, gold.level, row.level);
  check('unit', goldUnit.base === rowUnit.base, showUnit(gold.unit), showUnit(row.unit));
  check(
    'baselineValue',
    sameValue(goldBaseline.value, goldUnit.factor, row.baseline.value, rowUnit.factor),
    showValue(goldBaseline.value, gold.unit),
    showValue(row.baseline.value, row.unit),
  );
  check('baselineFy', goldBaseline.fy === row.baseline.fiscalYear, showYear(goldBaseline.fy), showYear(row.baseline.fiscalYear));
  check('targetKind', gold.target.kind === row.target.kind, gold.target.kind, row.target.kind);
  check(
    'targetValue',
    sameValue(gold.target.value, goldUnit.factor, row.target.value, rowUnit.factor) &&
      sameValue(gold.target.value_max, goldUnit.factor, row.target.valueMax, rowUnit.factor),
    range(gold.target.value, gold.target.value_max, gold.unit),
    range(row.target.value, row.target.valueMax, row.unit),
  );
  check('targetFy', gold.target.fy === row.target.fiscalYear, showYear(gold.target.fy), showYear(row.target.fiscalYear));
  check('line', Math.abs(gold.line - row.source.line) <= LINE_TOLERANCE, String(gold.line), String(row.source.line));
  return diffs;
}
