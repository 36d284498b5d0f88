import type { GoalKind } from '../../../src/schemas/goal';
import type { IndicatorLevel, TargetBasis, TargetKind } from '../../../src/schemas/indicator';

/** A goal as the extractor read it, before ids and themes are assigned. */
export interface RawGoal {
  /** Key unique within the document, e.g. `basic-1`. */
  key: string;
  kind: GoalKind;
  number: number | null;
  label: string;
  title: string;
  subtitle: string | null;
  line: number;
  lineEnd?: number;
}

/** A concrete action under a measure. */
export interface RawAction {
  text: string;
  details: string[];
  line: number;
  lineEnd?: number;
}

/** A measure as the extractor read it. */
export interface RawMeasure {
  /** Key unique within the document. */
  key: string;
  goalKey: string | null;
  label: string | null;
  title: string;
  group: string | null;
  description: string | null;
  department: string | null;
  schedule: number[];
  isNew: boolean;
  actions: RawAction[];
  line: number;
  lineEnd?: number;
}

/** A value as stated, before it is fitted to the schema. */
export interface RawValue {
  value: number | null;
  valueMax: number | null;
  unit: string;
  period: string | null;
  fiscalYear: number | null;
  note: string | null;
}

/** The target side of a statement. */
export interface RawTarget extends RawValue {
  kind: TargetKind;
  perYear: number | null;
  years: number | null;
  /** What the amount counts (see parseTarget): total, per-year or cumulative. */
  basis: TargetBasis;
}

/** A result a document reports for an indicator (実績値, 達成状況). */
export interface RawActual {
  value: number | null;
  /** The cell as written (`未達成(1,820人)`, `7.3`). */
  text: string;
  period: string | null;
  fiscalYear: number | null;
  line: number;
}

/** An indicator as the extractor read it. */
export interface RawIndicator {
  goalKey: string | null;
  measureKey: string | null;
  level: IndicatorLevel;
  name: string;
  baseline: RawValue | null;
  target: RawTarget;
  /** Results reported in the same row (実績値 columns), oldest first; absent when none. */
  actuals?: RawActual[];
  /** Where the name starts. */
  line: number;
  lineEnd?: number;
  /** First line of the span when the values stand above the name (see SourceRef). */
  lineStart?: number;
}

/** What the extractor returns: the records and the lines it consumed. */
export interface ExtractResult {
  goals: RawGoal[];
  measures: RawMeasure[];
  indicators: RawIndicator[];
  /** Lines that the extractor read as part of a target statement (for the coverage report). */
  consumed: Set<number>;
  /** Lines the extractor saw and deliberately did not turn into records, with the reason. */
  skipped: { line: number; reason: string }[];
}

/** An empty result to fill. */
export function emptyResult(): ExtractResult {
  return { goals: [], measures: [], indicators: [], consumed: new Set(), skipped: [] };
}

/** A measure with the given fields and empty defaults for the rest (no department, schedule or actions). */
export function rawMeasure(fields: Pick<RawMeasure, 'key' | 'goalKey' | 'title' | 'line'> & Partial<RawMeasure>): RawMeasure {
  return { label: null, group: null, description: null, department: null, schedule: [], isNew: false, actions: [], ...fields };
}
