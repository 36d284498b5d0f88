import { z } from 'astro/zod';
import { sourceRefSchema } from './source';
import { themesSchema } from './themes';

/** A concrete action under a measure (具体的取組, 事業 detail). */
export const actionSchema = z.object({
  /** The action as written (a ①-item heading or a bullet). */
  text: z.string().min(1),
  /** Bullet points under the action, as written; empty when none. */
  details: z.array(z.string()),
  source: sourceRefSchema,
});

/** A measure: 主要施策, 具体的な施策 or 事業, with its actions. */
export const measureSchema = z.object({
  /** Stable id, `<planId>-m-<line>`. */
  id: z.string().min(1),
  plan: z.string().min(1),
  municipality: z.string().regex(/^\d{6}$/),
  /** Goal the measure serves; null when the document does not say. */
  goal: z.string().nullable(),
  /** Number as written, e.g. `(1)`, `③`, `4-1-5`, `No.3`; null when none. */
  label: z.string().nullable(),
  title: z.string().min(1),
  /** Grouping heading above the measure (e.g. `U/Iターン促進事業`); null when none. */
  group: z.string().nullable(),
  /** Summary text (施策の展開, 事業概要); null when none. */
  description: z.string().nullable(),
  /** Department in charge (担当課); null when not given. */
  department: z.string().nullable(),
  /** Fiscal years in which the measure is scheduled (● marks); empty when not given. */
  schedule: z.array(z.number().int()),
  /** Marked as new (新規). */
  isNew: z.boolean(),
  actions: z.array(actionSchema),
  themes: themesSchema,
  source: sourceRefSchema,
  corrected: z.boolean(),
});

export type Measure = z.infer<typeof measureSchema>;
export type Action = z.infer<typeof actionSchema>;
