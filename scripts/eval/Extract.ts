import type { ExtractedRow } from './ExtractedRow';

/** Runs an extractor on one text with no manifest and no layout named: the rows it returns. */
export type Extract = (textFile: string, name: string, municipalityCode: string) => Promise<ExtractedRow[]>;

/** An extractor failure as one line: an IngestError's own message, else the error's name and message. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return `thrown: ${String(error)}`;
  return error.name === 'IngestError' ? error.message : `${error.name}: ${error.message}`;
}
