import { z } from 'astro/zod';
import { targetKindSchema } from '../../src/schemas/indicator';

/**
 * The hand-made answer for one document (format: ../shared/corpus/README.md). Only the fields the
 * benchmark reads are checked; the others (plan_title, goals, notes, the `text` of values) are
 * for the people who write and read the gold, and may be absent.
 */

/** A fiscal year as a Gregorian year (H26 → 2014), or null when the text states none. */
const fiscalYearSchema = z.number().int().min(1900).max(2200).nullable();

/** A baseline as the gold reads it; null when the text gives no baseline at all. */
export const goldBaselineSchema = z
  .object({
    /** Value in the unit as written (76万人 → 76); null when none (`―`, a word). */
    value: z.number().nullable(),
    /** Fiscal year of the baseline; null for a window or no year. */
    fy: fiscalYearSchema,
    /** The value and period as written, for the reader. */
    text: z.string().nullable().optional(),
    /** The period label as written. */
    period_text: z.string().nullable().optional(),
  })
  .nullable();

/** A target as the gold reads it. */
export const goldTargetSchema = z.object({
  /** number, range, increase, decrease, maintain, zero-balance or qualitative (src/schemas/indicator). */
  kind: targetKindSchema,
  /** Value in the unit as written; lower bound of a range; null when none. */
  value: z.number().nullable(),
  /** Upper bound of a range; null otherwise. */
  value_max: z.number().nullable(),
  /** Target fiscal year (a window: the year it ends); null when none. */
  fy: fiscalYearSchema,
  /** True when fy was taken from the plan period. */
  fy_implied: z.boolean().optional(),
  /** The value and period as written, for the reader. */
  text: z.string().nullable().optional(),
  /** The period label as written. */
  period_text: z.string().nullable().optional(),
});

/** One gold indicator: one measured quantity of the document. */
export const goldIndicatorSchema = z.object({
  /** Name as written, PDF spaces and list markers removed. */
  name: z.string().min(1),
  /** 1-based line of the file (header lines counted) where the name starts. */
  line: z.number().int().positive(),
  /** goal: 数値目標/成果指標 of a goal; measure: KPI of a 施策. */
  level: z.enum(['goal', 'measure']),
  /** Unit as written after the number (`人`, `万人`, `%`); null when none. */
  unit: z.string().nullable(),
  baseline: goldBaselineSchema,
  target: goldTargetSchema,
  /** Goal the indicator belongs to, as the gold's own id (`G1`); null when none. */
  goal_id: z.string().nullable().optional(),
  /** Measure the KPI belongs to, as written; null for a goal-level indicator. */
  measure: z.string().nullable().optional(),
  /** Where reading the text needed judgement. */
  note: z.string().nullable().optional(),
});

/** A gold file: one document's indicators. */
export const goldFileSchema = z.object({
  /** File name of the text the gold is for (`kakogawa-2021.txt`). */
  document: z.string().min(1),
  /** Municipality name, for the reader. */
  municipality: z.string().optional(),
  /** 6-digit municipality code the extractor is given. */
  municipality_code: z.string().regex(/^\d{6}$/, 'a 6-digit municipality code'),
  /** What the text is and what is missing from it. */
  note: z.string().nullable().optional(),
  indicators: z.array(goldIndicatorSchema),
});

/** A validated gold file. */
export type GoldFile = z.infer<typeof goldFileSchema>;
/** A validated gold indicator. */
export type GoldIndicator = z.infer<typeof goldIndicatorSchema>;
