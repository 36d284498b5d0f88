import { z } from 'astro/zod';
import { sourceRefSchema } from './source';
import { themesSchema } from './themes';

/** A goal of the national まち・ひと・しごと創生総合戦略, as a seed quotes it. */
export const nationalGoalSchema = z.object({
  /** Stable id, `national-g<generation>-<kind>-<number>`, e.g. `national-g2-basic-1`. */
  id: z.string().regex(/^national-g\d+-(basic|cross-cutting)-\d+$/),
  /** National strategy generation (第1期 → 1, 第2期 → 2). */
  generation: z.number().int().positive(),
  kind: z.enum(['basic', 'cross-cutting']),
  number: z.number().int().positive(),
  /** Title as the seed quotes it. */
  title: z.string().min(1),
  /** Themes the goal covers (dictionary, or a reviewed override for the broad goals). */
  themes: themesSchema,
  /** The first seed line that quotes it. */
  source: sourceRefSchema,
});

export type NationalGoal = z.infer<typeof nationalGoalSchema>;
