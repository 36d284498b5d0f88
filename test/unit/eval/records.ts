import type { ExtractedRow } from '../../../scripts/eval/ExtractedRow';
import type { GoldIndicator } from '../../../scripts/eval/goldSchema';

/** A gold indicator (kakogawa 出生数, line 21) with the given fields changed. */
export function goldOf(over: Partial<GoldIndicator> = {}): GoldIndicator {
  return {
    name: '出生数',
    line: 21,
    level: 'goal',
    unit: '人',
    baseline: { value: 1820, fy: 2019 },
    target: { kind: 'number', value: 1890, value_max: null, fy: 2026 },
    ...over,
  };
}

/** The row an extractor should return for goldOf(), with the given fields changed. */
export function rowOf(over: Partial<ExtractedRow> = {}): ExtractedRow {
  return {
    name: '出生数',
    level: 'goal',
    unit: '人',
    baseline: { value: 1820, fiscalYear: 2019 },
    target: { kind: 'number', value: 1890, valueMax: null, fiscalYear: 2026 },
    source: { line: 21 },
    ...over,
  };
}

/** A row named `name` at `line` (the fields matching does not read are goldOf's). */
export function rowAt(name: string, line: number): ExtractedRow {
  return rowOf({ name, source: { line } });
}

/** A gold indicator named `name` at `line`. */
export function goldAt(name: string, line: number): GoldIndicator {
  return goldOf({ name, line });
}
