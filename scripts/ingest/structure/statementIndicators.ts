import type { IndicatorLevel } from '../../../src/schemas/indicator';
import { IngestError } from '../../../src/core/IngestError';
import { RecognizeError } from '../recognize/RecognizeError';
import type { RawIndicator, RawTarget, RawValue } from '../extract/types';
import type { Statement } from './splitStatement';
import { splitValues } from './splitValues';
import { toRawBaseline, toRawTarget } from './toRawValues';

/** Where a statement sits: its lines, its goal or measure, and header periods. */
export interface StatementPlace {
  file: string;
  line: number;
  lineEnd?: number;
  /** First line of the span when the values stand above the name's line. */
  lineStart?: number;
  goalKey: string | null;
  measureKey: string | null;
  level: IndicatorLevel;
  /** Period of the baseline column (e.g. `R4` from 基準値（R4）), used when the cell has none. */
  baselinePeriod?: string;
  /** Period of the target column (e.g. `R7年度` from 目標値（R7年度）). */
  targetPeriod?: string;
}

/** A target stating nothing measurable, kept as qualitative text. */
function qualitative(text: string): RawTarget {
  return { kind: 'qualitative', value: null, valueMax: null, unit: '', period: null, fiscalYear: null, note: text, perYear: null, years: null, basis: 'total' };
}

/**
 * Turns a split statement into one indicator per stated value pair.
 * `小学校 39.7% 中学校 31.3%` → `目標数値 小学校 60.0% 中学校 60.0%` gives two indicators named
 * `…（小学校）` and `…（中学校）`; `2戸10.6ha` → `4戸32.3ha` gives `…（戸）` and `…（ha）`.
 */
export function statementIndicators(statement: Statement, place: StatementPlace): RawIndicator[] {
  try {
    return readStatement(statement, place);
  } catch (error) {
    if (error instanceof RecognizeError) throw new IngestError(place.file, place.line, error.expected, error.found);
    throw error;
  }
}

/** statementIndicators without the error translation. */
function readStatement(statement: Statement, place: StatementPlace): RawIndicator[] {
  const base = statement.baseline === null ? null : splitValues(statement.baseline);
  const target = statement.target === null ? null : splitValues(statement.target);
  if (target === null) {
    throw new IngestError(place.file, place.line, `a target (目標値) for "${statement.name}"`, statement.baseline ?? '');
  }
  const baseParts = base?.parts ?? [];
  const targetParts = target.parts;
  if (baseParts.length > 1 && baseParts.length !== targetParts.length) {
    throw new IngestError(place.file, place.line, `as many target values as baseline values (${baseParts.length})`, statement.target ?? '');
  }
  const multi = targetParts.length > 1;
  return targetParts.map((part, i) => {
    const baseText = baseParts.length > 1 ? baseParts[i]!.text : baseParts[0]?.text;
    const baseline: RawValue | null =
      baseText === undefined
        ? null
        : toRawBaseline(base?.period ? `(${base.period}) ${baseText}` : baseText, place.baselinePeriod);
    const periodText = target.period ? `(${target.period}) ` : '';
    const parsedTarget = toRawTarget(periodText + part.text, place.targetPeriod) ?? qualitative(part.text);
    const label = part.label ?? (baseParts.length > 1 ? baseParts[i]!.label : null);
    const qualifier = multi ? (label ?? (parsedTarget.unit || String(i + 1))) : null;
    return {
      goalKey: place.goalKey,
      measureKey: place.measureKey,
      level: place.level,
      name: qualifier ? `${statement.name}（${qualifier}）` : statement.name,
      baseline,
      target: parsedTarget,
      line: place.line,
      ...(place.lineEnd && place.lineEnd !== place.line ? { lineEnd: place.lineEnd } : {}),
      ...(place.lineStart && place.lineStart < place.line ? { lineStart: place.lineStart } : {}),
    };
  });
}
