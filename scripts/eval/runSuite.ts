import { access } from 'node:fs/promises';
import { describeFailure, type Extract } from './Extract';
import { GoldError } from './GoldError';
import { documentName, listGoldFiles } from './listGoldFiles';
import { readGold } from './readGold';
import { scoreDocument, type DocumentScore } from './scoreDocument';
import type { Suite } from './Suite';
import { sumTallies, type Tally } from './Tally';

/** One document of a suite, scored. */
export interface DocumentResult {
  /** Gold file name without `.gold.json` (`kakogawa-2021`). */
  document: string;
  /** The gold file and the text, as shown to the user. */
  goldFile: string;
  textFile: string;
  score: DocumentScore;
  /** Why the extractor returned nothing (it threw), or null. */
  error: string | null;
}

/** A suite, scored document by document. */
export interface SuiteResult {
  title: string;
  /** The gold folder as shown to the user. */
  goldFolder: string;
  /** False when the gold folder does not exist. */
  folderExists: boolean;
  documents: DocumentResult[];
  /** Gold files left out of the suite, with the reason. */
  skipped: { goldFile: string; reason: string }[];
  total: Tally;
}

/**
 * Scores every gold file of a suite with `extract`. An extractor that throws scores 0 found for
 * that document and its message is kept; unreadable or invalid gold, or a missing text, throws a
 * GoldError (the suite itself is broken). `show` turns a path into how the user should see it.
 */
export async function runSuite(suite: Suite, extract: Extract, show: (file: string) => string): Promise<SuiteResult> {
  const goldFiles = await listGoldFiles(suite.goldFolder);
  const documents: DocumentResult[] = [];
  const skipped: SuiteResult['skipped'] = [];
  for (const goldFile of goldFiles ?? []) {
    const gold = await readGold(goldFile, show(goldFile));
    const where = await suite.textFor(goldFile, gold);
    if ('skip' in where) {
      skipped.push({ goldFile: show(goldFile), reason: where.skip });
      continue;
    }
    try {
      await access(where.text);
    } catch {
      throw new GoldError(show(goldFile), null, `its text ${show(where.text)} cannot be read`);
    }
    let error: string | null = null;
    let rows: Awaited<ReturnType<Extract>> = [];
    try {
      rows = await extract(where.text, show(where.text), gold.municipality_code);
    } catch (failure) {
      error = describeFailure(failure);
    }
    documents.push({ document: documentName(goldFile), goldFile: show(goldFile), textFile: show(where.text), score: scoreDocument(gold.indicators, rows), error });
  }
  return {
    title: suite.title,
    goldFolder: show(suite.goldFolder),
    folderExists: goldFiles !== null,
    documents,
    skipped,
    total: sumTallies(documents.map((d) => d.score.tally)),
  };
}
