/**
 * Hand-built inputs for the assemble steps: each builder fills the fields a test does not care
 * about with empty values, so a test names only what its case is about.
 */
import type { RawIndicator, RawTarget, RawValue } from '../../../scripts/ingest/extract/types';
import type { Indicator } from '../../../src/schemas/indicator';
import type { Plan } from '../../../src/schemas/plan';

/** A plan record with the given id fields; the rest as the manifests of seeds/ would give them. */
export function plan(fields: Pick<Plan, 'id' | 'municipality' | 'kind' | 'generation'> & Partial<Plan>): Plan {
  return {
    title: fields.id,
    status: 'adopted',
    published: null,
    publishedSource: null,
    url: null,
    urlKind: null,
    urlNote: null,
    urlChecked: null,
    periodStart: 2020,
    periodEnd: 2024,
    periodSource: null,
    revises: null,
    previousPlan: null,
    sourceFile: `seeds/${fields.id}.txt`,
    quirks: [],
    notes: null,
    ...fields,
  };
}

/** An assembled indicator of a plan, with no values and no themes. */
export function indicator(fields: Pick<Indicator, 'id' | 'plan' | 'name' | 'family'> & Partial<Indicator>): Indicator {
  return {
    municipality: fields.plan.slice(0, 6),
    goal: null,
    measure: null,
    level: 'goal',
    unit: '',
    unitBase: '',
    unitScale: 1,
    baseline: { value: null, valueBase: null, period: null, fiscalYear: null, note: null },
    target: {
      kind: 'number', value: null, valueBase: null, valueMax: null, valueMaxBase: null, period: null, fiscalYear: null,
      impliedByPlanPeriod: false, perYear: null, perYearBase: null, years: null, note: null, basis: 'total',
    },
    actuals: [],
    themes: [],
    previous: null,
    source: { file: `seeds/${fields.plan}.txt`, line: 1 },
    corrected: false,
    ...fields,
  };
}

/** A stated value (baseline or target side) with only the given fields. */
export function rawValue(fields: Partial<RawValue> = {}): RawValue {
  return { value: null, valueMax: null, unit: '', period: null, fiscalYear: null, note: null, ...fields };
}

/** A stated target of the given kind with only the given fields. */
export function rawTarget(fields: Partial<RawTarget> = {}): RawTarget {
  return { kind: 'number', perYear: null, years: null, basis: 'total', ...rawValue(fields), ...fields };
}

/** An indicator as the extractor reads it: a goal-level target with no baseline unless given. */
export function rawIndicator(fields: Pick<RawIndicator, 'name' | 'line'> & Partial<RawIndicator>): RawIndicator {
  return { goalKey: null, measureKey: null, level: 'goal', baseline: null, target: rawTarget(), ...fields };
}
