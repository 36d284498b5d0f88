import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { goalSchema } from './schemas/goal';
import { indicatorSchema } from './schemas/indicator';
import { measureSchema } from './schemas/measure';
import { municipalitySchema } from './schemas/municipality';
import { nationalGoalSchema } from './schemas/nationalGoal';
import { planSchema } from './schemas/plan';

/** The normalized data written by `npm run ingest` (see scripts/ingest), one JSON array per collection. */
export const collections = {
  municipalities: defineCollection({ loader: file('content/municipalities.json'), schema: municipalitySchema }),
  plans: defineCollection({ loader: file('content/plans.json'), schema: planSchema }),
  goals: defineCollection({ loader: file('content/goals.json'), schema: goalSchema }),
  measures: defineCollection({ loader: file('content/measures.json'), schema: measureSchema }),
  indicators: defineCollection({ loader: file('content/indicators.json'), schema: indicatorSchema }),
  /** Goals of the national strategy quoted by the seeds (the /framework/ page). */
  nationalGoals: defineCollection({ loader: file('content/framework.json'), schema: nationalGoalSchema }),
};
