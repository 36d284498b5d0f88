import { z } from 'astro/zod';

/** The fixed theme ids; never rename one (they are part of URLs and of the open data). */
export const THEME_IDS = [
  'childcare',
  'dx',
  'migration',
  'decarbonization',
  'jobs',
  'tourism',
  'education',
  'health-welfare',
  'community-safety',
  'transport-urban',
] as const;

/** A theme id such as `childcare`. */
export const themeIdSchema = z.enum(THEME_IDS);

export type ThemeId = z.infer<typeof themeIdSchema>;

/** Multi-label themes of a goal, measure or indicator, sorted in THEME_IDS order. */
export const themesSchema = z.array(themeIdSchema);
