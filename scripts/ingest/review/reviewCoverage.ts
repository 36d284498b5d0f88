import type { Indicator } from '../../../src/schemas/indicator';
import { buildCoverage } from '../coverage/buildCoverage';
import type { SourceDoc } from '../read/SourceDoc';
import type { UncoveredLine } from './ReviewData';

/**
 * The coverage entries of a document that has no manifest: lines that look like a target
 * (looksLikeTarget, page headers left out) and that no indicator's source range covers.
 *
 * The one place the review calls the coverage code. buildCoverage takes a manifest and the
 * layout's result today, and extractDocument returns neither the consumed lines nor the skipped
 * ones, so this passes no explanations and counts a line as consumed when an indicator's
 * `source.line..lineEnd` covers it. Adapt this call when buildCoverage's signature changes.
 * A line read as `⇒ 現状値 … 目標数値 …` by indicator L12 → not listed; an unread one → { line, text, reason: null }.
 */
export function reviewCoverage(doc: SourceDoc, indicators: readonly Pick<Indicator, 'source'>[]): UncoveredLine[] {
  const consumed = new Set<number>();
  for (const { source } of indicators) {
    for (let n = source.line; n <= (source.lineEnd ?? source.line); n++) consumed.add(n);
  }
  return buildCoverage(doc, { explained: [] }, { goals: [], measures: [], indicators: [], consumed, skipped: [] }).map(
    ({ line, text, reason }) => ({ line, text, reason }),
  );
}
