import { writeFile } from 'node:fs/promises';
import type { Municipality } from '../../../src/schemas/municipality';
import { IngestError } from '../../../src/core/IngestError';
import type { SourceDoc } from '../read/SourceDoc';
import { collectReview, type Extraction } from './collectReview';
import type { ReviewData } from './ReviewData';
import { renderReview } from './renderReview';

/** Writes the review page of one extraction (or of a failed one) to `out`; returns what it shows. */
export async function writeReview(
  out: string,
  doc: SourceDoc,
  municipality: Pick<Municipality, 'code' | 'name' | 'prefecture'>,
  extraction: Extraction | { failure: string },
): Promise<ReviewData> {
  const data = collectReview(doc, municipality, extraction);
  try {
    await writeFile(out, renderReview(data));
  } catch (error) {
    throw new IngestError(out, null, '--review: a path where the review page (.html) can be written', (error as Error).message);
  }
  return data;
}
