import type { Goal } from '../../../src/schemas/goal';
import type { Indicator } from '../../../src/schemas/indicator';
import type { Measure } from '../../../src/schemas/measure';
import type { Municipality } from '../../../src/schemas/municipality';
import type { SourceLine } from '../read/SourceDoc';

/** An indicator as the review shows it (the schema's, reported actuals included). */
export type ReviewIndicator = Indicator;

/** A line that looks like a target but gave no indicator (a coverage entry). */
export interface UncoveredLine {
  line: number;
  text: string;
  /** Why no record came from it, or null when nothing explains it. */
  reason: string | null;
}

/** Everything the review page shows, as plain data (renderReview turns it into HTML). */
export interface ReviewData {
  /** The file as named on the command line. */
  file: string;
  /** Encoding the bytes were read as (`UTF8`, `SJIS`, …). */
  encoding: string;
  municipality: Pick<Municipality, 'code' | 'name' | 'prefecture'>;
  /** Plan id the records carry; null when extraction failed. */
  planId: string | null;
  /**
   * Plan period the extractor used (FY, inclusive): null when it found none; `start` null when it
   * found only a last year (e.g. the year all dated targets share), which implied target years use.
   */
  period: { start: number | null; end: number } | null;
  /** Why extraction failed (the page then shows only the lines that look like targets); null when it did not. */
  failure: string | null;
  /** Every line of the document, numbered from 1, as the extractor reads it. */
  lines: readonly SourceLine[];
  goals: readonly Goal[];
  measures: readonly Measure[];
  indicators: readonly ReviewIndicator[];
  uncovered: readonly UncoveredLine[];
}
