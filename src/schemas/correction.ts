import { z } from 'astro/zod';
import { goalKindSchema } from './goal';

/** Fields a correction may set on a goal. */
const goalFieldsSchema = z.object({
  kind: goalKindSchema.optional(),
  number: z.number().int().positive().nullable().optional(),
  label: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  subtitle: z.string().nullable().optional(),
});

/**
 * One reviewed correction (`seeds/corrections.yaml`): what the text cannot give, with its reason.
 * A goal correction sets fields of the goal with `key` in the document, or adds it when absent.
 */
export const correctionSchema = z.object({
  /** Seed text file the correction applies to. */
  source: z.string().min(1),
  record: z.literal('goal'),
  /** Layout key of the goal, e.g. `top-priority`, `basic-1`. */
  key: z.string().min(1),
  /** First source line the corrected value is read from. */
  line: z.number().int().positive(),
  /** Last source line, inclusive. */
  lineEnd: z.number().int().positive().optional(),
  set: goalFieldsSchema,
  /** Why the text cannot give this (shown on the site). */
  reason: z.string().min(10),
});

export type Correction = z.infer<typeof correctionSchema>;

/** The corrections file: a list. */
export const correctionsFileSchema = z.array(correctionSchema);

/** A correction as published in content/corrections.json: the source correction with an id. */
export const publishedCorrectionSchema = correctionSchema.extend({ id: z.string().min(1) });

/** One published correction. */
export type PublishedCorrection = z.infer<typeof publishedCorrectionSchema>;
