import { z } from 'astro/zod';

/** Where a record came from: a seed file and a 1-based line in it. */
export const sourceRefSchema = z.object({
  /** Path from the repository root, e.g. `seeds/001_c90401aa62130a51.txt`. */
  file: z.string().min(1),
  /** 1-based line number of the line that states the record (an indicator: where its name starts). */
  line: z.number().int().positive(),
  /** Last line when the statement wraps over several lines (inclusive); absent for one line. */
  lineEnd: z.number().int().positive().optional(),
  /**
   * First line of the span when it begins above `line`: values a PDF converter printed before the
   * name they belong to (the span is lineStart..lineEnd, or ..line); absent otherwise.
   */
  lineStart: z.number().int().positive().optional(),
});

export type SourceRef = z.infer<typeof sourceRefSchema>;
