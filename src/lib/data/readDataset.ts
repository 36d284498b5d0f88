import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { contentFile } from '../../core/contentLocation';
import { datasetSchema, type Dataset } from '../../schemas/dataset';

let cached: Dataset | null | undefined;

/**
 * The content folder's dataset marker (`dataset.json`, written by `npm run synthetic`), or null for
 * data with none: the ingested content/. Read once per build; an invalid marker is a build error.
 */
export function readDataset(file = contentFile('dataset.json')): Dataset | null {
  if (cached !== undefined) return cached;
  if (!existsSync(file)) return (cached = null);
  const parsed = datasetSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return (cached = parsed.data);
}
