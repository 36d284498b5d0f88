import { z } from 'astro/zod';

/** A municipality's population from a census table, with the date it counts and how to cite it. */
export const populationSchema = z.object({
  /** Residents counted (persons). */
  count: z.number().int().nonnegative(),
  /** Census day the count refers to, `YYYY-MM-DD` (2020-10-01 for the 2020 census). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** True for preliminary counts (速報値), which the final counts (確定値) revise slightly. */
  preliminary: z.boolean(),
  /** How the source asks to be cited, e.g. 「総務省統計局『令和2年国勢調査 人口速報集計』」. */
  citation: z.string().min(1),
});

export type Population = z.infer<typeof populationSchema>;
