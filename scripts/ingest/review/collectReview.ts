import type { Goal } from '../../../src/schemas/goal';
import type { Measure } from '../../../src/schemas/measure';
import type { Municipality } from '../../../src/schemas/municipality';
import type { Plan } from '../../../src/schemas/plan';
import type { CoverageEntry } from '../../../src/schemas/coverage';
import type { SourceDoc } from '../read/SourceDoc';
import type { ReviewData, ReviewIndicator } from './ReviewData';
import { reviewCoverage } from './reviewCoverage';

/** What extractDocument returns, as far as the review needs it. */
export interface Extraction {
  plan: Pick<Plan, 'id' | 'periodStart' | 'periodEnd'>;
  goals: readonly Goal[];
  measures: readonly Measure[];
  indicators: readonly ReviewIndicator[];
  /** Lines that look like targets and gave no record (buildCoverage over the extractor's result). */
  coverage: readonly Pick<CoverageEntry, 'line' | 'text' | 'reason'>[];
}

/**
 * The review of one document: its extraction, or the reason extraction failed (then only the
 * lines that look like targets are listed). A period year of 0 is extractDocument's "none found".
 */
export function collectReview(
  doc: SourceDoc,
  municipality: Pick<Municipality, 'code' | 'name' | 'prefecture'>,
  extraction: Extraction | { failure: string },
): ReviewData {
  const extracted = 'failure' in extraction ? null : extraction;
  const plan = extracted?.plan;
  const indicators = extracted?.indicators ?? [];
  return {
    file: doc.file,
    encoding: doc.encoding,
    municipality: { code: municipality.code, name: municipality.name, prefecture: municipality.prefecture },
    planId: plan?.id ?? null,
    period: plan && plan.periodEnd > 0 ? { start: plan.periodStart > 0 ? plan.periodStart : null, end: plan.periodEnd } : null,
    failure: 'failure' in extraction ? extraction.failure : null,
    lines: doc.lines,
    goals: extracted?.goals ?? [],
    measures: extracted?.measures ?? [],
    indicators,
    uncovered: extracted ? extracted.coverage.map(({ line, text, reason }) => ({ line, text, reason })) : reviewCoverage(doc, []),
  };
}
