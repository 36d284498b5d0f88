import { FIELDS, type Field } from './compareFields';

/** Counts for one document or a sum of documents; every percentage is computed from these. */
export interface Tally {
  /** Gold indicators. */
  gold: number;
  /** Rows the extractor returned. */
  extracted: number;
  /** Gold indicators matched by a row. */
  found: number;
  /** Matches on which every field agrees. */
  exact: number;
  /** Rows that matched no gold indicator. */
  extra: number;
  /** Per field: matches on which it agrees. */
  fields: Record<Field, number>;
}

/** A tally of nothing. */
export function emptyTally(): Tally {
  return { gold: 0, extracted: 0, found: 0, exact: 0, extra: 0, fields: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number> };
}

/** The sum of tallies, field by field (so that a total's percentages weigh documents by size). */
export function sumTallies(tallies: readonly Tally[]): Tally {
  const total = emptyTally();
  for (const t of tallies) {
    total.gold += t.gold;
    total.extracted += t.extracted;
    total.found += t.found;
    total.exact += t.exact;
    total.extra += t.extra;
    for (const f of FIELDS) total.fields[f] += t.fields[f];
  }
  return total;
}

/** part / whole as a fraction, or null when whole is 0 (no such rows: no score). */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The shares a table row shows: found and exact of the gold, extra of the rows, fields of the matches. */
export interface Shares {
  found: number | null;
  exact: number | null;
  extra: number | null;
  fields: Record<Field, number | null>;
}

/** The percentages of a tally as fractions (null where the denominator is 0). */
export function sharesOf(t: Tally): Shares {
  return {
    found: ratio(t.found, t.gold),
    exact: ratio(t.exact, t.gold),
    extra: ratio(t.extra, t.extracted),
    fields: Object.fromEntries(FIELDS.map((f) => [f, ratio(t.fields[f], t.found)])) as Record<Field, number | null>,
  };
}
