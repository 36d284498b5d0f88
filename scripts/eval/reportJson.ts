import type { DocumentResult, SuiteResult } from './runSuite';
import { sharesOf, type Tally } from './Tally';

/** Counts and their shares (fractions 0..1, null where nothing to divide by), as the JSON report gives them. */
function figures(t: Tally) {
  return { counts: t, shares: sharesOf(t) };
}

/** One document in the JSON report; with `verbose`, the missed, extra and inexact lists too. */
function documentJson(d: DocumentResult, verbose: boolean) {
  return {
    document: d.document,
    gold: d.goldFile,
    text: d.textFile,
    error: d.error,
    ...figures(d.score.tally),
    ...(verbose ? { missed: d.score.missed, extra: d.score.extra, inexact: d.score.inexact } : {}),
  };
}

/** The figures of the text report as one JSON-ready object: per suite, per document, totals, overall. */
export function reportJson(suites: readonly SuiteResult[], overall: Tally, verbose: boolean) {
  return {
    suites: suites.map((s) => ({
      title: s.title,
      goldFolder: s.goldFolder,
      hasGold: s.documents.length > 0,
      documents: s.documents.map((d) => documentJson(d, verbose)),
      leftOut: s.skipped,
      total: figures(s.total),
    })),
    overall: figures(overall),
  };
}
