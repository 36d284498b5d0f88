import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { contentFile } from '../../core/contentLocation';
import { publishedCorrectionSchema, type PublishedCorrection } from '../../schemas/correction';

export { publishedCorrectionSchema, type PublishedCorrection };

const loaded = new Map<string, Promise<PublishedCorrection[]>>();

/** Reads corrections.json of the content folder (written by the ingest), sorted by source file and line. */
export function readCorrections(file = contentFile('corrections.json')): Promise<PublishedCorrection[]> {
  // Read once per build: every source page asks for it.
  let pending = loaded.get(file);
  if (pending === undefined) {
    pending = load(file);
    loaded.set(file, pending);
  }
  return pending;
}

async function load(file: string): Promise<PublishedCorrection[]> {
  const parsed = z.array(publishedCorrectionSchema).safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.sort((a, b) => a.source.localeCompare(b.source) || a.line - b.line || a.id.localeCompare(b.id));
}
