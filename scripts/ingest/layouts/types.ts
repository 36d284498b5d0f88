import type { SourceDoc } from '../read/SourceDoc';
import type { GoalKind } from './goalKinds';

/** A goal as a layout read it, before ids and themes are assigned. */
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

/** A measure as a layout read it. */
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
  kind: 'number' | 'range' | 'increase' | 'decrease' | 'maintain' | 'zero-balance' | 'qualitative';
  perYear: number | null;
  years: number | null;
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

/** An indicator as a layout read it. */
export interface RawIndicator {
  goalKey: string | null;
  measureKey: string | null;
  level: 'goal' | 'measure';
  name: string;
  baseline: RawValue | null;
  target: RawTarget;
  /** Results reported in the same row (実績値 columns), oldest first; absent when none. */
  actuals?: RawActual[];
  line: number;
  lineEnd?: number;
}

/** What a layout returns: the records and the lines it consumed. */
export interface LayoutResult {
  goals: RawGoal[];
  measures: RawMeasure[];
  indicators: RawIndicator[];
  /** Lines that the layout read as part of a target statement (for the coverage report). */
  consumed: Set<number>;
  /** Lines the layout saw and deliberately did not turn into records, with the reason. */
  skipped: { line: number; reason: string }[];
}

/** Plan-level context a layout may use (periods for implied years). */
export interface LayoutContext {
  periodStart: number;
  periodEnd: number;
}

/** A reusable reader for one family of document layouts. */
export interface Layout {
  id: string;
  /** One-sentence description for docs and `extract --help`. */
  description: string;
  /** How strongly the document looks like this layout (0 = not at all); used when no manifest names one. */
  detect(doc: SourceDoc): number;
  read(doc: SourceDoc, context: LayoutContext): LayoutResult;
}

/** An empty result to fill. */
export function emptyResult(): LayoutResult {
  return { goals: [], measures: [], indicators: [], consumed: new Set(), skipped: [] };
}

/** A measure with the given fields and empty defaults for the rest (no department, schedule or actions). */
export function rawMeasure(fields: Pick<RawMeasure, 'key' | 'goalKey' | 'title' | 'line'> & Partial<RawMeasure>): RawMeasure {
  return { label: null, group: null, description: null, department: null, schedule: [], isNew: false, actions: [], ...fields };
}
