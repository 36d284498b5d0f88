import { z } from 'astro/zod';
import { quirkSchema } from './quirk';

/** What kind of document a plan's source is. */
export const planKindSchema = z.enum(['strategy', 'summary', 'revision', 'draft-summary', 'action-plan']);

/** Whether the plan was adopted or is a draft out for public comment. */
export const planStatusSchema = z.enum(['adopted', 'draft']);

/**
 * A web address of an original publication: http or https only, so that a manifest cannot put a
 * `javascript:` link on a page.
 */
export const originalUrlSchema = z.url({ protocol: /^https?$/, error: 'expected an http or https URL' });

/** What a plan's `url` is: the document itself, or the municipality's page that presents or lists it. */
export const urlKindSchema = z.enum(['document', 'page']);

/** One planning document of one municipality. */
export const planSchema = z.object({
  /** Stable id, e.g. `012360-g2-strategy`. */
  id: z.string().regex(/^[0-9a-z-]+$/),
  /** Municipality code of the author. */
  municipality: z.string().regex(/^\d{6}$/),
  /** Title as the document gives it. */
  title: z.string().min(1),
  kind: planKindSchema,
  /** Generation (第2期 → 2); null for plans outside the numbered series. */
  generation: z.number().int().positive().nullable(),
  status: planStatusSchema,
  /** Publication as `YYYY-MM` or `YYYY-MM-DD` where the text gives it; null otherwise. */
  published: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).nullable(),
  /** Where the publication date comes from (the manifest's publishedSource), or why it is unknown; null when not recorded. */
  publishedSource: z.string().nullable(),
  /** The municipality's web address for the original publication (the manifest's url), or null where none was found. */
  url: originalUrlSchema.nullable(),
  /** Whether `url` is the document itself or the municipality's page that presents or lists it. */
  urlKind: urlKindSchema.nullable(),
  /** How the URL was found, or why there is none (the manifest's urlNote). */
  urlNote: z.string().nullable(),
  /** When the URL was looked up (`YYYY-MM-DD`). */
  urlChecked: z.iso.date().nullable(),
  /** First fiscal year of the plan period (FY2020 = 令和2年度). */
  periodStart: z.number().int().min(1990).max(2100),
  /** Last fiscal year of the plan period, inclusive. */
  periodEnd: z.number().int().min(1990).max(2100),
  /** Where the period comes from (the manifest's period.source: the document's lines or another publication); null when not recorded. */
  periodSource: z.string().nullable(),
  /** Plan this one revises (for a revision) or null. */
  revises: z.string().nullable(),
  /** Earlier plan of the same municipality in the series (previous generation), or null. */
  previousPlan: z.string().nullable(),
  /** Seed file, path from the repo root. */
  sourceFile: z.string().min(1),
  /** Extraction artefacts the manifest named and the extractor undid (see quirk.ts); empty for most documents. */
  quirks: z.array(quirkSchema),
  /** Free notes from the manifest (what the text cannot say). */
  notes: z.string().nullable(),
});

export type Plan = z.infer<typeof planSchema>;
