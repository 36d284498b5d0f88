import { stringify } from 'csv-stringify/sync';
import type { Goal } from '../schemas/goal';
import type { Indicator } from '../schemas/indicator';
import type { Measure } from '../schemas/measure';
import type { MunicipalityIdentity } from '../schemas/municipality';
import type { Plan } from '../schemas/plan';

/** Column order of indicators.csv (documented on /data/). */
export const INDICATOR_COLUMNS = [
  'indicator_id', 'municipality_code', 'municipality', 'plan_id', 'plan_title', 'goal_label', 'goal_title', 'level',
  'measure', 'name', 'unit', 'unit_base', 'baseline_value', 'baseline_value_base', 'baseline_period', 'baseline_fy',
  'baseline_qualifier', 'target_kind', 'target_value', 'target_value_base', 'target_value_max', 'target_value_max_base',
  'target_basis', 'target_qualifier', 'target_period', 'target_fy', 'target_fy_implied', 'themes', 'family',
  'source_file', 'source_line', 'corrected',
] as const;

/**
 * Keeps spreadsheet programs from reading a text cell as a formula (CSV injection): a cell that
 * starts with = + - @ or a tab/CR gets a leading apostrophe. `neutralize('=HYPERLINK(…)')` → "'=HYPERLINK(…)".
 */
export function neutralize(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Records the CSV rows refer to, by id. */
export interface CsvLookups {
  municipalities: Map<string, MunicipalityIdentity>;
  plans: Map<string, Plan>;
  goals: Map<string, Goal>;
  measures: Map<string, Measure>;
}

/** One CSV row of an indicator, cells in INDICATOR_COLUMNS order. */
export function indicatorRow(ind: Indicator, lookups: CsvLookups): (string | number)[] {
  const text = (s: string | null | undefined) => neutralize(s ?? '');
  const num = (n: number | null) => (n === null ? '' : n);
  const goal = ind.goal ? lookups.goals.get(ind.goal) : undefined;
  const plan = lookups.plans.get(ind.plan);
  return [
    ind.id, ind.municipality, text(lookups.municipalities.get(ind.municipality)?.name), ind.plan, text(plan?.title),
    text(goal?.label), text(goal?.title), ind.level, text(ind.measure ? lookups.measures.get(ind.measure)?.title : ''),
    text(ind.name), text(ind.unit), text(ind.unitBase), num(ind.baseline.value), num(ind.baseline.valueBase),
    text(ind.baseline.period), num(ind.baseline.fiscalYear), text(ind.baseline.note), ind.target.kind, num(ind.target.value),
    num(ind.target.valueBase), num(ind.target.valueMax), num(ind.target.valueMaxBase), ind.target.basis, text(ind.target.note),
    text(ind.target.period), num(ind.target.fiscalYear), String(ind.target.impliedByPlanPeriod), ind.themes.join(';'),
    text(ind.family), ind.source.file, ind.source.line, String(ind.corrected),
  ];
}

/** indicators.csv: UTF-8 with BOM (for Excel), RFC 4180 quoting, CRLF line ends, header row. */
export function indicatorsCsv(indicators: Indicator[], lookups: CsvLookups): string {
  const rows = indicators.map((ind) => indicatorRow(ind, lookups));
  return '\uFEFF' + stringify([[...INDICATOR_COLUMNS], ...rows], { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ });
}
