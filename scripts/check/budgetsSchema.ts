import { z } from 'astro/zod';

/** Budgets of one page type; a page belongs to the first type whose `route` matches. */
export const pageBudgetSchema = z.object({
  /** Name printed in reports, e.g. `city (chart)`. */
  type: z.string().min(1),
  /** Regular expression over the route without base and language prefix (`cities/012360-hokuto/`; home is ''). */
  route: z.string(),
  /** Gzipped bytes of JavaScript loaded at start (module scripts and their static imports). */
  js: z.number().int().positive(),
  /** Also count the chunks the page loads through import(), for a page that imports them on load. */
  includeLazy: z.boolean().default(false),
  /** Gzipped bytes of the HTML of any one page of the type. */
  html: z.number().int().positive(),
});

/** budgets.json at the repo root: byte budgets that `npm run check:budgets` enforces over dist/. */
export const budgetsSchema = z.object({
  /** Free text for readers of the file. */
  $comment: z.array(z.string()).optional(),
  pages: z.array(pageBudgetSchema).min(1),
  searchIndex: z.object({
    /** Regular expression over paths relative to dist/ naming the index files. */
    files: z.string(),
    /** Gzipped bytes of all index files together (what a first search may fetch at most). */
    gzip: z.number().int().positive(),
  }),
  data: z.object({
    /** Regular expression over paths relative to dist/ naming the open data files (from public/data/). */
    files: z.string(),
    /** Raw bytes per file (path relative to dist/); every matching file needs one. */
    bytes: z.record(z.string(), z.number().int().positive()),
  }),
  /** Page budgets at national scale (a synthetic set of every municipality), checked by `npm run bench:national`, not by check:budgets. */
  national: z
    .object({
      $comment: z.array(z.string()).optional(),
      pages: z.array(pageBudgetSchema).min(1),
    })
    .optional(),
});

export type PageBudget = z.infer<typeof pageBudgetSchema>;
export type Budgets = z.infer<typeof budgetsSchema>;
