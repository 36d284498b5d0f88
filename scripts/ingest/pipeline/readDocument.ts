import { applyCorrections } from '../assemble/applyCorrections';
import { assemblePlan, planFromManifest, type AssembledPlan } from '../assemble/assemblePlan';
import { buildCoverage, type CoverageEntry } from '../coverage/buildCoverage';
import { readNationalGoals, type QuotedNationalGoal } from '../framework/readNationalGoals';
import { IngestError } from '../IngestError';
import { layoutById } from '../layouts';
import type { LoadedManifest } from '../read/loadManifests';
import { readSource } from '../read/readSource';
import type { Correction } from '../../../src/schemas/correction';
import path from 'node:path';

/** One document read: its records and its coverage entries. */
export interface DocumentResult extends AssembledPlan {
  coverage: CoverageEntry[];
  /** National strategy goals the document quotes. */
  national: QuotedNationalGoal[];
}

/** Reads one seed document with the layout its manifest names, applying its corrections. */
export async function readDocument(root: string, loaded: LoadedManifest, corrections: Correction[]): Promise<DocumentResult> {
  const { manifest, manifestFile, sourceFile } = loaded;
  const layout = layoutById(manifest.layout);
  if (!layout) throw new IngestError(manifestFile, null, `layout: one of the known layouts`, manifest.layout);
  const doc = await readSource(path.join(root, sourceFile), sourceFile);
  const plan = planFromManifest(manifest, sourceFile);
  const raw = layout.read(doc, { periodStart: manifest.period.start, periodEnd: manifest.period.end });
  const own = corrections.filter((c) => c.source === manifest.source);
  const { result, correctedGoals } = applyCorrections(raw, own);
  const assembled = assemblePlan(plan, result, correctedGoals, manifest.period.end);
  return { ...assembled, coverage: buildCoverage(doc, manifest, result), national: readNationalGoals(doc) };
}
