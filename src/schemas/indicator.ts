import { z } from 'astro/zod';
import { sourceRefSchema } from './source';
import { themesSchema } from './themes';

/** The kind of a target. */
export const targetKindSchema = z.enum([
  'number',
  'range',
  'increase',
  'decrease',
  'maintain',
  'zero-balance',
  'qualitative',
]);

/** A target kind: `number`, `range`, `increase` … (one declaration for the ingest and the site). */
export type TargetKind = z.infer<typeof targetKindSchema>;

/** What a target's amount counts: one year's level or a total, each year's amount, or a sum over years. */
export const targetBasisSchema = z.enum(['total', 'per-year', 'cumulative']);

/** A target basis: `total`, `per-year` or `cumulative`. */
export type TargetBasis = z.infer<typeof targetBasisSchema>;

/** Where an indicator stands: `goal` for a goal's 数値目標/成果指標, `measure` for the KPI of a measure. */
export const indicatorLevelSchema = z.enum(['goal', 'measure']);
export type IndicatorLevel = z.infer<typeof indicatorLevelSchema>;

/** A baseline (現状値/基準値) as stated. */
export const baselineSchema = z.object({
  /** Value in the unit as written (76万人 → 76); null when none is given. */
  value: z.number().nullable(),
  /** The same value in the indicator's base unit (76万人 → 760000); null when value is null. */
  valueBase: z.number().nullable(),
  /** Period label as written, e.g. `H30`, `第1期実績`, `令和5年`; null when none. */
  period: z.string().nullable(),
  /** Fiscal year of the baseline (H30 → 2018); null when the label has no year. */
  fiscalYear: z.number().int().nullable(),
  /** Words that qualify the value (`約`, `累計`, `未策定`); null when none. */
  note: z.string().nullable(),
});

/** A target (目標値/目標数値/KPI) as stated. */
export const targetSchema = z.object({
  kind: targetKindSchema,
  /** Value in the unit as written; lower bound of a range; null for ↑, ↓, 均衡, qualitative. */
  value: z.number().nullable(),
  /** The same value in the indicator's base unit (90万人 → 900000). */
  valueBase: z.number().nullable(),
  /** Upper bound of a range (200～220 → 220); null otherwise. */
  valueMax: z.number().nullable(),
  /** The upper bound in the base unit; null otherwise. */
  valueMaxBase: z.number().nullable(),
  /** Period label as written; null when none. */
  period: z.string().nullable(),
  /** Target fiscal year; from the label, else the plan's last year. */
  fiscalYear: z.number().int().nullable(),
  /** True when fiscalYear was taken from the plan period, not from the text. */
  impliedByPlanPeriod: z.boolean(),
  /** Per-year amount of a cumulative target (100人／年×5年 → 100); null otherwise. */
  perYear: z.number().nullable(),
  /** The per-year amount in the base unit; null otherwise. */
  perYearBase: z.number().nullable(),
  /** Number of years a cumulative target spans (×5年 → 5); null otherwise. */
  years: z.number().nullable(),
  /** Words that qualify the target as written (`約`, `以上`, `累計`, `北海道水準(H29)`) or the whole qualitative target. */
  note: z.string().nullable(),
  /** What the amount counts: `total` (a level or a total), `per-year` (`年760人`, `350人/年`, a yearly average), `cumulative` (`累計`, `5年間で`, `×5年`). */
  basis: targetBasisSchema,
});

/** A result the document reports for an indicator (実績値, 達成状況), with its source line. */
export const actualSchema = z.object({
  /** Value in the indicator's unit as written; null when the cell gives none (`未達成` alone). */
  value: z.number().nullable(),
  /** The same value in the indicator's base unit; null when value is null. */
  valueBase: z.number().nullable(),
  /** The cell as written, e.g. `未達成(1,820人)`, `109台`. */
  text: z.string().min(1),
  /** Period label of the cell or its column, e.g. `平成13年`; null when none. */
  period: z.string().nullable(),
  /** Fiscal year of that period; null when the label has no year. */
  fiscalYear: z.number().int().nullable(),
  /** 1-based line of the source file where the cell stands. */
  line: z.number().int().positive(),
});

/** One numerical (or qualitative) target of a goal or measure. */
export const indicatorSchema = z.object({
  /** Stable id, `<planId>-L<line>` plus `-<n>` when a line states several. */
  id: z.string().min(1),
  plan: z.string().min(1),
  municipality: z.string().regex(/^\d{6}$/),
  goal: z.string().nullable(),
  measure: z.string().nullable(),
  level: indicatorLevelSchema,
  /** Name as written (PDF spacing removed); a split line adds its qualifier, e.g. `（小学校）`. */
  name: z.string().min(1),
  /** Unit as written (`万人`, `%`, `‰`); empty when none. Values are in this unit. */
  unit: z.string(),
  /** Base unit of the `…Base` values: the unit without its scale word, persons as 人 (`万人` → `人`, `名` → `人`, `%` → `%`; see src/domain/units.ts). */
  unitBase: z.string(),
  /** What one of the written unit is in the base unit: a power of ten (`万人` → 10000, `百万円` → 1000000; 1 when there is no scale word). */
  unitScale: z.number().positive(),
  baseline: baselineSchema,
  target: targetSchema,
  /** Results the document reports (実績値, 達成状況 columns), in column order; empty when none. */
  actuals: z.array(actualSchema),
  themes: themesSchema,
  /** Comparable-measure family id (see families), or null. */
  family: z.string().nullable(),
  /** Same indicator in the previous generation's plan, or null. */
  previous: z.string().nullable(),
  source: sourceRefSchema,
  corrected: z.boolean(),
});

export type Indicator = z.infer<typeof indicatorSchema>;
export type Baseline = z.infer<typeof baselineSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Actual = z.infer<typeof actualSchema>;
