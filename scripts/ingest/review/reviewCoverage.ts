import type { Indicator } from '../../../src/schemas/indicator';
import { buildCoverage } from '../coverage/buildCoverage';
import type { SourceDoc } from '../read/SourceDoc';
import type { UncoveredLine } from './ReviewData';

/**
 * The coverage entries of a document that has no manifest: lines that look like a target
 * (looksLikeTarget, page headers left out) and that no indicator's source range covers.
 *
 * A review uses the extraction's own coverage (extractDocument); this is for a document the
 * extractor failed on, or for records given without one: a line counts as read when an
 * indicator's `source.lineStart..lineEnd` (or `line..lineEnd`) covers it.
 * A line read as `⇒ 現状値 … 目標数値 …` by indicator L12 → not listed; an unread one → { line, text, reason: null }.
 */
export function reviewCoverage(doc: SourceDoc, indicators: readonly Pick<Indicator, 'source'>[]): UncoveredLine[] {
  const consumed = new Set<number>();
  for (const { source } of indicators) {
    for (let n = source.lineStart ?? source.line; n <= (source.lineEnd ?? source.line); n++) consumed.add(n);
  }
  return buildCoverage(doc, { explained: [] }, { goals: [], measures: [], indicators: [], consumed, skipped: [] }).map(
    ({ line, text, reason }) => ({ line, text, reason }),
  );
}
