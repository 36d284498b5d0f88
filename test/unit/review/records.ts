import type { Goal } from '../../../src/schemas/goal';
import type { Measure } from '../../../src/schemas/measure';
import type { SourceDoc } from '../../../scripts/ingest/read/SourceDoc';
import type { ReviewIndicator } from '../../../scripts/ingest/review/ReviewData';

export const FILE = 'town.txt';
export const PLAN = '012360-extract';

/** A document given line by line (text as the extractor reads it; raw the same). */
export function doc(texts: string[]): SourceDoc {
  return { file: FILE, encoding: 'SJIS', lines: texts.map((text, i) => ({ n: i + 1, raw: text, text })) };
}

export function goal(fields: Partial<Goal> & Pick<Goal, 'id' | 'label' | 'title'>, line: number): Goal {
  return { plan: PLAN, municipality: '012360', kind: 'basic', number: 1, subtitle: null, themes: [], source: { file: FILE, line }, corrected: false, ...fields };
}

export function measure(fields: Partial<Measure> & Pick<Measure, 'id' | 'title' | 'goal'>, line: number): Measure {
  return {
    plan: PLAN,
    municipality: '012360',
    label: null,
    group: null,
    description: null,
    department: null,
    schedule: [],
    isNew: false,
    actions: [],
    themes: [],
    source: { file: FILE, line },
    corrected: false,
    ...fields,
  };
}

export function indicator(
  fields: Partial<ReviewIndicator> & Pick<ReviewIndicator, 'name' | 'goal' | 'measure'>,
  line: number,
  lineEnd?: number,
): ReviewIndicator {
  return {
    id: `${PLAN}-L${line}`,
    plan: PLAN,
    municipality: '012360',
    level: fields.measure === null ? 'goal' : 'measure',
    unit: '人',
    unitBase: '人',
    unitScale: 1,
    baseline: { value: 10, valueBase: 10, period: 'H30', fiscalYear: 2018, note: null },
    target: {
      kind: 'number', value: 20, valueBase: 20, valueMax: null, valueMaxBase: null, period: null, fiscalYear: 2024,
      impliedByPlanPeriod: true, perYear: null, perYearBase: null, years: null, note: null, basis: 'total',
    },
    actuals: [],
    themes: [],
    family: null,
    previous: null,
    source: lineEnd === undefined ? { file: FILE, line } : { file: FILE, line, lineEnd },
    corrected: false,
    ...fields,
  };
}
