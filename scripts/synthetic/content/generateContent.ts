import type { CoverageEntry } from '../../../src/schemas/coverage';
import type { PublishedCorrection } from '../../../src/schemas/correction';
import type { Dataset } from '../../../src/schemas/dataset';
import type { Goal } from '../../../src/schemas/goal';
import type { Indicator } from '../../../src/schemas/indicator';
import type { Measure } from '../../../src/schemas/measure';
import type { Municipality } from '../../../src/schemas/municipality';
import type { NationalGoal } from '../../../src/schemas/nationalGoal';
import type { Plan } from '../../../src/schemas/plan';
import { createRng } from '../rng';
import type { LeftOut } from './joinCensus';
import type { ContentPhrases } from './phrasePool';
import { writeMunicipality } from './writeMunicipality';

/** A whole content folder: every file the build reads, and the source texts its records cite. */
export interface SyntheticContent {
  /** With `id` (the code), which the content loader keys entries by, as the ingest writes them. */
  municipalities: (Municipality & { id: string })[];
  plans: Plan[];
  goals: Goal[];
  measures: Measure[];
  indicators: Indicator[];
  framework: NationalGoal[];
  coverage: CoverageEntry[];
  corrections: PublishedCorrection[];
  /** Source text of each plan: its file (a path from the folder, `seeds/….txt`) and its lines. */
  texts: { file: string; lines: readonly string[] }[];
  dataset: Dataset;
}

/** What the generator draws from. */
export interface ContentInput {
  /** Municipalities with their census population, by code. */
  municipalities: readonly Municipality[];
  leftOut: readonly LeftOut[];
  phrases: ContentPhrases;
  /** The national goals (content/framework.json); each gets the first synthetic line quoting it. */
  national: readonly NationalGoal[];
  seed: number;
  /** The last fiscal year with results to report. */
  reportedUntil?: number;
}

/** One generator per municipality, seeded by the seed and the code, so a town's plans do not depend on which others are drawn. */
function municipalitySeed(seed: number, code: string): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(Number(code), 0x85ebca6b)) >>> 0;
}

/**
 * Writes a synthetic content folder's data: every municipality's plans, goals, measures and
 * indicators, the national goals cited where a synthetic plan quotes them, the corrections and
 * coverage entries of the plans, and the dataset marker. The same input gives the same output.
 */
export function generateContent(input: ContentInput): SyntheticContent {
  const content: SyntheticContent = {
    municipalities: [...input.municipalities].sort((a, b) => a.code.localeCompare(b.code)).map((m) => ({ id: m.code, ...m })),
    plans: [],
    goals: [],
    measures: [],
    indicators: [],
    framework: [],
    coverage: [],
    corrections: [],
    texts: [],
    dataset: {
      synthetic: true,
      seed: input.seed,
      generator: 'scripts/synthetic',
      municipalities: input.municipalities.length,
      leftOut: [...input.leftOut].sort((a, b) => a.code.localeCompare(b.code)),
    },
  };
  const quoted = new Map<string, { file: string; line: number }>();
  for (const m of content.municipalities) {
    const rng = createRng(municipalitySeed(input.seed, m.code));
    for (const written of writeMunicipality(m, input.phrases, input.national, input.reportedUntil ?? 2024, rng)) {
      content.plans.push(written.plan);
      content.goals.push(...written.goals);
      content.measures.push(...written.measures);
      content.indicators.push(...written.indicators);
      content.coverage.push(...written.coverage);
      for (const c of written.corrections) content.corrections.push({ id: `correction-${content.corrections.length + 1}`, ...c });
      content.texts.push({ file: written.plan.sourceFile, lines: written.lines });
      for (const [id, line] of written.quotes) if (!quoted.has(id)) quoted.set(id, { file: written.plan.sourceFile, line });
    }
  }
  content.framework = input.national.flatMap((g) => {
    const source = quoted.get(g.id);
    return source ? [{ ...g, source }] : [];
  });
  return content;
}
