import type { CoverageEntry } from '../../../src/schemas/coverage';
import type { Manifest } from '../../../src/schemas/manifest';
import type { ExtractResult } from '../extract/types';
import type { SourceDoc } from '../read/SourceDoc';
import { findRepeatedHeaders } from '../clean/findRepeatedHeaders';
import { looksLikeTarget } from './looksLikeTarget';

/** Parses `12` or `207-259` into an inclusive range. */
function range(spec: string): [number, number] {
  const [a, b] = spec.split('-').map(Number);
  return [a!, b ?? a!];
}

/**
 * Lists every line that looks like it states a target or KPI value but was not consumed by a record,
 * with the explanation that covers it (manifest `explained`, or a line the layout skipped on purpose).
 */
export function buildCoverage(doc: SourceDoc, manifest: Pick<Manifest, 'explained'>, result: ExtractResult): CoverageEntry[] {
  const entries: CoverageEntry[] = [];
  // Page headers repeated by extraction state nothing of their own.
  const headers = findRepeatedHeaders(doc.lines.map((l) => l.text));
  for (const line of doc.lines) {
    if (result.consumed.has(line.n) || headers.has(line.n) || !looksLikeTarget(line.text)) continue;
    const explained = manifest.explained.find((e) => {
      const [from, to] = range(e.lines);
      return line.n >= from && line.n <= to;
    });
    entries.push({ file: doc.file, line: line.n, text: line.text.trim(), reason: explained?.reason ?? null });
  }
  for (const skip of result.skipped) {
    const line = doc.lines[skip.line - 1];
    entries.push({ file: doc.file, line: skip.line, text: line?.text.trim() ?? '', reason: skip.reason });
  }
  return entries.sort((a, b) => a.line - b.line);
}
