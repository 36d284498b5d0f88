import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { coverageEntrySchema, type CoverageEntry } from '../../schemas/coverage';

/** Reads content/coverage.json (written by the ingest), sorted by file and line. */
export async function readCoverage(root = process.cwd()): Promise<CoverageEntry[]> {
  const file = path.join(root, 'content/coverage.json');
  const parsed = z.array(coverageEntrySchema).safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`content/coverage.json: ${z.prettifyError(parsed.error)}`);
  return parsed.data.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
