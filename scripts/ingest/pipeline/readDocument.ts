import { applyCorrections } from '../assemble/applyCorrections';
import { assemblePlan, planFromManifest, type AssembledPlan } from '../assemble/assemblePlan';
import type { CoverageEntry } from '../../../src/schemas/coverage';
import { buildCoverage } from '../coverage/buildCoverage';
import { readNationalGoals, type QuotedNationalGoal } from '../framework/readNationalGoals';
import { extractRecords } from '../extract/extractRecords';
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

/** Reads one seed document with the extractor and the quirks its manifest names, applying its corrections. */
export async function readDocument(root: string, loaded: LoadedManifest, corrections: Correction[]): Promise<DocumentResult> {
  const { manifest, sourceFile } = loaded;
  const doc = await readSource(path.join(root, sourceFile), sourceFile);
  const plan = planFromManifest(manifest, sourceFile);
  const raw = extractRecords(doc, { quirks: manifest.quirks, strict: true });
  const own = corrections.filter((c) => c.source === manifest.source);
  const { result, correctedGoals } = applyCorrections(raw, own);
  const assembled = assemblePlan(plan, result, correctedGoals, manifest.period.end);
  return { ...assembled, coverage: buildCoverage(doc, manifest, result), national: readNationalGoals(doc) };
}
