import type { SourceRef } from '../schemas/source';

/** A record read from a source, as the source page names it. */
export interface MarkedRecord {
  kind: 'goal' | 'measure' | 'action' | 'indicator';
  /** Id of the record's element on its city page. */
  id: string;
  /** What the record is called, as written. */
  label: string;
  source: SourceRef;
}

/** A correction or coverage entry as far as line marking needs it. */
type Ranged = { source?: string | undefined; file?: string | undefined; line: number; lineEnd?: number | undefined; lineStart?: number | undefined };

/** What the source page shows on one line. */
export interface LineMark<C, V> {
  /** Some record's source range covers the line. */
  cited: boolean;
  /** Records whose source starts on the line. */
  records: MarkedRecord[];
  /** Some correction's range covers the line. */
  corrected: boolean;
  /** Corrections whose range starts on the line. */
  corrections: C[];
  /** Coverage entries of the line (looks like a target, produced no record). */
  coverage: V[];
}

/**
 * Marks for every line of one document that something refers to: records (cited), corrections and
 * coverage entries, each listed on its first line. Lines nothing refers to are absent from the map.
 * An indicator at lines 214–215 → 214: cited, records [it]; 215: cited, records [].
 */
export function lineMarks<C extends Ranged, V extends Ranged>(
  file: string,
  records: readonly MarkedRecord[],
  corrections: readonly C[],
  coverage: readonly V[],
): Map<number, LineMark<C, V>> {
  const marks = new Map<number, LineMark<C, V>>();
  const at = (line: number) => {
    let mark = marks.get(line);
    if (!mark) {
      mark = { cited: false, records: [], corrected: false, corrections: [], coverage: [] };
      marks.set(line, mark);
    }
    return mark;
  };
  // lineStart..lineEnd: a name may stand below its values (lineStart) and wrap onto later lines (lineEnd).
  const span = (ref: { line: number; lineEnd?: number | undefined; lineStart?: number | undefined }) => {
    const first = ref.lineStart ?? ref.line;
    return Array.from({ length: Math.max(0, (ref.lineEnd ?? ref.line) - first) + 1 }, (_, i) => first + i);
  };
  for (const record of records.filter((r) => r.source.file === file)) {
    for (const n of span(record.source)) at(n).cited = true;
    at(record.source.line).records.push(record);
  }
  for (const c of corrections.filter((c) => c.source === file)) {
    for (const n of span(c)) at(n).corrected = true;
    at(c.line).corrections.push(c);
  }
  for (const v of coverage.filter((v) => v.file === file)) at(v.line).coverage.push(v);
  return marks;
}
