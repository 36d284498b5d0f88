import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';

/** A line that looks like a target but produced no record (see scripts/ingest/coverage/buildCoverage.ts). */
export const coverageEntrySchema = z.object({
  /** Seed file, path from the repo root. */
  file: z.string().min(1),
  line: z.number().int().positive(),
  /** The line's normalized text. */
  text: z.string(),
  /** Why no record came from it; null when unexplained. */
  reason: z.string().nullable(),
});

/** One coverage entry. */
export type CoverageEntry = z.infer<typeof coverageEntrySchema>;

/** Reads content/coverage.json (written by the ingest), sorted by file and line. */
export async function readCoverage(root = process.cwd()): Promise<CoverageEntry[]> {
  const file = path.join(root, 'content/coverage.json');
  const parsed = z.array(coverageEntrySchema).safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`content/coverage.json: ${z.prettifyError(parsed.error)}`);
  return parsed.data.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
