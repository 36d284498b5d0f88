import { z } from 'astro/zod';
import { sourceRefSchema } from './source';
import { themesSchema } from './themes';

/** Kinds of goal headings found in strategies. */
export const goalKindSchema = z.enum(['top-priority', 'basic', 'cross-cutting', 'project']);

/** A goal kind: `top-priority`, `basic`, `cross-cutting` or `project` (one declaration for the ingest and the site). */
export type GoalKind = z.infer<typeof goalKindSchema>;

/** A goal: 基本目標, 横断的な目標, 最重点基本目標 or a numbered project. */
export const goalSchema = z.object({
  /** Stable id, `<planId>-<kind>-<number>`. */
  id: z.string().min(1),
  plan: z.string().min(1),
  municipality: z.string().regex(/^\d{6}$/),
  kind: goalKindSchema,
  /** Number within its kind (基本目標3 → 3); null when unnumbered. */
  number: z.number().int().positive().nullable(),
  /** Label as a reader would cite it, e.g. `基本目標3`. */
  label: z.string().min(1),
  /** Title as written (PDF spacing removed). */
  title: z.string().min(1),
  /** Sub-title such as `～ 新しい人の流れをつくる ～`, without the tildes; null when none. */
  subtitle: z.string().nullable(),
  themes: themesSchema,
  source: sourceRefSchema,
  /** True when the title comes from the corrections layer, not from the text. */
  corrected: z.boolean(),
});

export type Goal = z.infer<typeof goalSchema>;
