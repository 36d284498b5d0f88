import { readFileSync } from 'node:fs';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';
import type { SourceDoc } from '../../../scripts/ingest/read/SourceDoc';

/**
 * Whole line ranges of a seed (1-based, inclusive), joined into one SourceDoc named after the seed;
 * `line(n)` gives the doc line that seed line n became, so that expectations name the seed's lines.
 */
export function seedSlice(seed: string, ...ranges: [number, number][]): { doc: SourceDoc; line: (seedLine: number) => number } {
  const file = `seeds/${seed}.txt`;
  const all = readFileSync(file, 'utf8').split(/\r\n|\r|\n/);
  const kept: string[] = [];
  const at = new Map<number, number>();
  for (const [from, to] of ranges) {
    for (let n = from; n <= to; n++) {
      kept.push(all[n - 1]!);
      at.set(n, kept.length);
    }
  }
  const line = (seedLine: number) => {
    const n = at.get(seedLine);
    if (n === undefined) throw new Error(`seed line ${seedLine} is not in the slice`);
    return n;
  };
  // The closing newline keeps a last blank line (toSourceDoc drops one empty tail).
  return { doc: toSourceDoc(file, `${kept.join('\n')}\n`, 'UTF8'), line };
}
