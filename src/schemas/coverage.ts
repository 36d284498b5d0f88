import { z } from 'astro/zod';

/**
 * A source line that looks like a target but produced no record (content/coverage.json), written by
 * the ingest's buildCoverage and read by the site's methodology and source pages.
 */
export const coverageEntrySchema = z.object({
  /** Seed file, path from the repo root. */
  file: z.string().min(1),
  /** 1-based line in that file. */
  line: z.number().int().positive(),
  /** The line's normalized text. */
  text: z.string(),
  /** Why no record came from it (the manifest's or the extractor's explanation); null when unexplained. */
  reason: z.string().nullable(),
});

/** One coverage entry. */
export type CoverageEntry = z.infer<typeof coverageEntrySchema>;
