import { parseBaseline } from '../recognize/parseBaseline';
import { parsePeriod, type Period } from '../recognize/parsePeriod';
import { parseTarget } from '../recognize/parseTarget';
import type { RawTarget, RawValue } from '../extract/types';

/**
 * The cell's own period, else the column's; as label and fiscal year. A window (`2021~2026年度累計`)
 * counts by its end for a target and has no single year for a baseline.
 */
function periodOf(own: Period | undefined, columnPeriod: string | undefined, side: 'baseline' | 'target'): { period: string | null; fiscalYear: number | null } {
  const period = own ?? (columnPeriod ? parsePeriod(columnPeriod) : null);
  const windowEnd = side === 'target' ? period?.toFiscalYear : undefined;
  return { period: period?.label ?? null, fiscalYear: period?.fiscalYear ?? windowEnd ?? null };
}

/** Joins qualifying words, skipping empty ones: `joinNotes('約', null)` → '約'. */
function joinNotes(...notes: (string | null | undefined)[]): string | null {
  const kept = notes.filter((n): n is string => !!n && n.trim() !== '');
  return kept.length === 0 ? null : kept.join('・');
}

/**
 * Reads a baseline cell into a RawValue; null when the cell states nothing.
 * `toRawBaseline('(H30) 76万人')` → { value: 76, unit: '万人', period: 'H30', fiscalYear: 2018, … }.
 * A `defaultPeriod` (from a table header such as 基準値（R4）) applies when the cell has none.
 */
export function toRawBaseline(text: string, defaultPeriod?: string): RawValue | null {
  const parsed = parseBaseline(text);
  if (parsed === null) return null;
  const period = periodOf(parsed.period, defaultPeriod, 'baseline');
  return {
    value: parsed.value ?? null,
    valueMax: parsed.valueMax ?? null,
    unit: parsed.unit ?? '',
    ...period,
    note: joinNotes(parsed.approximate ? '約' : null, parsed.note),
  };
}

/**
 * Reads a target cell into a RawTarget; null when the cell states nothing.
 * `toRawTarget('500人（100人／年×5年）')` → { kind: 'number', value: 500, unit: '人', perYear: 100, years: 5, … }.
 */
export function toRawTarget(text: string, defaultPeriod?: string): RawTarget | null {
  const parsed = parseTarget(text);
  if (parsed === null) return null;
  const period = periodOf(parsed.period, defaultPeriod, 'target');
  return {
    kind: parsed.kind,
    value: parsed.value ?? null,
    valueMax: parsed.valueMax ?? null,
    unit: parsed.unit ?? '',
    ...period,
    note: joinNotes(parsed.approximate ? '約' : null, parsed.note),
    perYear: parsed.cumulative?.perYear ?? null,
    years: parsed.cumulative?.years ?? null,
    basis: parsed.basis ?? 'total',
  };
}
