import { z } from 'astro/zod';

/** Where a record came from: a seed file and a 1-based line in it. */
export const sourceRefSchema = z.object({
  /** Path from the repository root, e.g. `seeds/001_c90401aa62130a51.txt`. */
  file: z.string().min(1),
  /** 1-based line number of the line that states the record. */
  line: z.number().int().positive(),
  /** Last line when the statement wraps over several lines (inclusive); absent for one line. */
  lineEnd: z.number().int().positive().optional(),
});

export type SourceRef = z.infer<typeof sourceRefSchema>;
