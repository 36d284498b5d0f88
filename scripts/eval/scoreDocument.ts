import { compareFields, FIELDS, type FieldDiff } from './compareFields';
import type { ExtractedRow } from './ExtractedRow';
import type { GoldIndicator } from './goldSchema';
import { matchIndicators } from './matchIndicators';
import { emptyTally, type Tally } from './Tally';

/** A match that is not exact, with the fields that differ. */
export interface InexactMatch {
  gold: GoldIndicator;
  row: ExtractedRow;
  diffs: FieldDiff[];
}

/** How one document's rows score against its gold, with what a developer needs to improve them. */
export interface DocumentScore {
  tally: Tally;
  /** Gold indicators no row matched, in gold order. */
  missed: GoldIndicator[];
  /** Rows that matched no gold indicator, in extraction order. */
  extra: ExtractedRow[];
  /** Matches with at least one differing field, in gold order. */
  inexact: InexactMatch[];
}

/** Matches a document's rows with its gold and counts found, exact, extra and agreeing fields. */
export function scoreDocument(gold: readonly GoldIndicator[], rows: readonly ExtractedRow[]): DocumentScore {
  const { matches, missed, extra } = matchIndicators(gold, rows);
  const tally = emptyTally();
  tally.gold = gold.length;
  tally.extracted = rows.length;
  tally.found = matches.length;
  tally.extra = extra.length;
  const inexact: InexactMatch[] = [];
  for (const m of matches) {
    const g = gold[m.gold]!;
    const r = rows[m.row]!;
    const diffs = compareFields(g, r);
    for (const f of FIELDS) if (!diffs.some((d) => d.field === f)) tally.fields[f] += 1;
    if (diffs.length === 0) tally.exact += 1;
    else inexact.push({ gold: g, row: r, diffs });
  }
  return { tally, missed: missed.map((i) => gold[i]!), extra: extra.map((i) => rows[i]!), inexact };
}
