import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { contentFile } from './core/contentLocation';
import { goalSchema } from './schemas/goal';
import { indicatorSchema } from './schemas/indicator';
import { measureSchema } from './schemas/measure';
import { municipalitySchema } from './schemas/municipality';
import { nationalGoalSchema } from './schemas/nationalGoal';
import { planSchema } from './schemas/plan';

/**
 * The normalized data written by `npm run ingest` (see scripts/ingest), one JSON array per collection,
 * from content/ or the folder MACHIKURABE_CONTENT names (src/core/contentLocation.ts).
 */
export const collections = {
  municipalities: defineCollection({ loader: file(contentFile('municipalities.json')), schema: municipalitySchema }),
  plans: defineCollection({ loader: file(contentFile('plans.json')), schema: planSchema }),
  goals: defineCollection({ loader: file(contentFile('goals.json')), schema: goalSchema }),
  measures: defineCollection({ loader: file(contentFile('measures.json')), schema: measureSchema }),
  indicators: defineCollection({ loader: file(contentFile('indicators.json')), schema: indicatorSchema }),
  /** Goals of the national strategy quoted by the seeds (the /framework/ page). */
  nationalGoals: defineCollection({ loader: file(contentFile('framework.json')), schema: nationalGoalSchema }),
};
