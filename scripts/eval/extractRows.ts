import { extractDocument } from '../ingest/pipeline/extractDocument';
import { readSource } from '../ingest/read/readSource';
import type { Extract } from './Extract';

/** The extractor under test: readSource, then extractDocument (no manifest). */
export const extractRows: Extract = async (textFile, name, municipalityCode) => {
  const doc = await readSource(textFile, name);
  return extractDocument(doc, municipalityCode).indicators;
};
