import { nameSimilarity, NAME_THRESHOLD } from './nameSimilarity';

/**
 * How far (in lines) a row may be from a gold indicator and still be a candidate for it. Chosen on
 * the corpus: sakai puts one table cell per line, so a KPI's name, values and year span up to six
 * lines and an extractor may cite the line of its value; kakogawa repeats names fifteen and twenty
 * lines apart (出生数 at 6 and 21, 交通人身事故発生件数 at 11 and 31), and a window under fifteen
 * keeps the one row found from being credited to the other gold indicator. A match more than
 * LINE_TOLERANCE away still counts as found, but not as exact.
 */
export const LINE_WINDOW = 10;

/** One gold indicator paired with one extracted row (indices into the lists given). */
export interface Match {
  gold: number;
  row: number;
  /** nameSimilarity of the two names, in 0..1. */
  similarity: number;
  /** Lines between the gold line and the row's source line. */
  distance: number;
}

/** The outcome of matching one document's gold indicators with its extracted rows. */
export interface Matching {
  /** Pairs in gold order. */
  matches: Match[];
  /** Indices of the gold indicators no row matched, ascending. */
  missed: number[];
  /** Indices of the rows that matched no gold indicator, ascending. */
  extra: number[];
}

/**
 * Pairs gold indicators with extracted rows, each at most once: every pair whose names reach
 * NAME_THRESHOLD and whose lines are within LINE_WINDOW is a candidate; candidates are taken
 * best first — higher similarity, then fewer lines apart, then earlier gold, then earlier row — and
 * a candidate is dropped once its gold or its row is taken.
 * Gold [出生数 @21], rows [出生数 @6, 出生数 @22] → the row at 22 (same name, closer).
 */
export function matchIndicators(
  gold: readonly { name: string; line: number }[],
  rows: readonly { name: string; source: { line: number } }[],
): Matching {
  const candidates: Match[] = [];
  gold.forEach((g, gi) => {
    rows.forEach((r, ri) => {
      const distance = Math.abs(g.line - r.source.line);
      if (distance > LINE_WINDOW) return;
      const similarity = nameSimilarity(g.name, r.name);
      if (similarity >= NAME_THRESHOLD) candidates.push({ gold: gi, row: ri, similarity, distance });
    });
  });
  candidates.sort((a, b) => b.similarity - a.similarity || a.distance - b.distance || a.gold - b.gold || a.row - b.row);
  const goldTaken = new Set<number>();
  const rowTaken = new Set<number>();
  const matches: Match[] = [];
  for (const c of candidates) {
    if (goldTaken.has(c.gold) || rowTaken.has(c.row)) continue;
    goldTaken.add(c.gold);
    rowTaken.add(c.row);
    matches.push(c);
  }
  matches.sort((a, b) => a.gold - b.gold);
  const missed = gold.map((_, i) => i).filter((i) => !goldTaken.has(i));
  const extra = rows.map((_, i) => i).filter((i) => !rowTaken.has(i));
  return { matches, missed, extra };
}
