import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { correctionSchema } from '../../schemas/correction';

/** A correction as published in content/corrections.json: an id, and the source as a path from the root. */
export const publishedCorrectionSchema = correctionSchema.extend({ id: z.string().min(1) });

/** One published correction. */
export type PublishedCorrection = z.infer<typeof publishedCorrectionSchema>;

/** Reads content/corrections.json (written by the ingest), sorted by source file and line. */
export async function readCorrections(root = process.cwd()): Promise<PublishedCorrection[]> {
  const file = path.join(root, 'content/corrections.json');
  const parsed = z.array(publishedCorrectionSchema).safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`content/corrections.json: ${z.prettifyError(parsed.error)}`);
  return parsed.data.sort((a, b) => a.source.localeCompare(b.source) || a.line - b.line || a.id.localeCompare(b.id));
}
