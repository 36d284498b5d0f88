import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { contentFile } from '../../core/contentLocation';
import { coverageEntrySchema, type CoverageEntry } from '../../schemas/coverage';

const loaded = new Map<string, Promise<CoverageEntry[]>>();

/** Reads coverage.json of the content folder (written by the ingest), sorted by file and line. */
export function readCoverage(file = contentFile('coverage.json')): Promise<CoverageEntry[]> {
  // Read once per build: every source page asks for it.
  let pending = loaded.get(file);
  if (pending === undefined) {
    pending = load(file);
    loaded.set(file, pending);
  }
  return pending;
}

async function load(file: string): Promise<CoverageEntry[]> {
  const parsed = z.array(coverageEntrySchema).safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
