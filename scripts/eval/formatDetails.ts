import type { ExtractedRow } from './ExtractedRow';
import type { GoldIndicator } from './goldSchema';
import type { DocumentResult } from './runSuite';

/** A number with its unit, or `-`: (76, '万人') → `76万人`. */
function quantity(value: number | null, unit: string | null): string {
  return value === null ? '-' : `${value}${unit ?? ''}`;
}

/** A fiscal year, or `-`. */
function year(fy: number | null): string {
  return fy === null ? '-' : String(fy);
}

/** A gold indicator on one line: `L21 出生数 [goal] baseline 1820人 (fy 2019) → number 1890人 (fy 2026)`. */
export function describeGold(g: GoldIndicator): string {
  const target = g.target.value_max === null ? quantity(g.target.value, g.unit) : `${quantity(g.target.value, g.unit)}..${quantity(g.target.value_max, g.unit)}`;
  return `L${g.line} ${g.name} [${g.level}] baseline ${quantity(g.baseline?.value ?? null, g.unit)} (fy ${year(g.baseline?.fy ?? null)}) → ${g.target.kind} ${target} (fy ${year(g.target.fy)})`;
}

/** An extracted row on one line, in the same form as describeGold. */
export function describeRow(r: ExtractedRow): string {
  const target = r.target.valueMax === null ? quantity(r.target.value, r.unit) : `${quantity(r.target.value, r.unit)}..${quantity(r.target.valueMax, r.unit)}`;
  return `L${r.source.line} ${r.name} [${r.level}] baseline ${quantity(r.baseline.value, r.unit)} (fy ${year(r.baseline.fiscalYear)}) → ${r.target.kind} ${target} (fy ${year(r.target.fiscalYear)})`;
}

/** The gold's note on an indicator, as a line to read before bending the code to the gold (none when it has none). */
function noteOf(g: GoldIndicator): string[] {
  return g.note ? [`      gold note: ${g.note}`] : [];
}

/**
 * What a developer reads to improve the extractor, for one document: its failure, every missed
 * gold indicator, every extra row and every inexact match with the fields that differ.
 */
export function formatDetails(d: DocumentResult): string {
  const t = d.score.tally;
  const lines = [`${d.document} (${d.textFile}): gold ${t.gold}, rows ${t.extracted}, found ${t.found}, exact ${t.exact}, extra ${t.extra}`];
  if (d.error !== null) lines.push(`  extractor failed: ${d.error}`);
  if (d.score.missed.length > 0) {
    lines.push(`  missed (${d.score.missed.length}):`);
    for (const g of d.score.missed) lines.push(`    ${describeGold(g)}`, ...noteOf(g));
  }
  if (d.score.extra.length > 0) lines.push(`  extra (${d.score.extra.length}):`, ...d.score.extra.map((r) => `    ${describeRow(r)}`));
  if (d.score.inexact.length > 0) {
    lines.push(`  not exact (${d.score.inexact.length}):`);
    for (const m of d.score.inexact) {
      lines.push(`    gold ${describeGold(m.gold)}`, `     row ${describeRow(m.row)}`, ...noteOf(m.gold));
      for (const diff of m.diffs) lines.push(`      ${diff.field}: gold ${diff.gold}, extracted ${diff.extracted}`);
    }
  }
  return lines.join('\n');
}
