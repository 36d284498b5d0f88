import { FIELDS, type Field } from './compareFields';
import { displayWidth, pad } from './displayWidth';
import { formatPercent } from './formatPercent';
import type { SuiteResult } from './runSuite';
import { sharesOf, type Tally } from './Tally';

/** Column headings of the per-field accuracies (b. = baseline, t. = target). */
export const FIELD_HEADINGS: Record<Field, string> = {
  level: 'level',
  unit: 'unit',
  baselineValue: 'b.value',
  baselineFy: 'b.fy',
  targetKind: 't.kind',
  targetValue: 't.value',
  targetFy: 't.fy',
  line: 'line',
};

/** What the columns mean, printed once under the tables. */
export const LEGEND = [
  'gold: gold indicators; rows: rows extracted; found: gold indicators matched by a row (found% of gold);',
  'exact: matches on which every field agrees (exact% of gold); extra: rows matching no gold (extra% of rows);',
  'level … line: share of the found rows on which that field agrees (b. = baseline, t. = target;',
  'value with value_max; unit without its scale word, values with it; line: within 2 of the gold line).',
  'Percentages are rounded down (100% means all); - means nothing to divide by.',
];

/** The cells of one table row, from the counts. */
function cells(t: Tally): string[] {
  const s = sharesOf(t);
  return [
    String(t.gold),
    String(t.extracted),
    String(t.found),
    formatPercent(s.found),
    String(t.exact),
    formatPercent(s.exact),
    String(t.extra),
    formatPercent(s.extra),
    ...FIELDS.map((f) => formatPercent(s.fields[f])),
  ];
}

/** Lays out rows of cells in aligned columns: the first left-aligned, the others right-aligned. */
export function alignColumns(rows: readonly (readonly string[])[], gap = 2): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) => row.map((cell, i) => pad(cell, widths[i]!, i === 0 ? 'left' : 'right')).join(' '.repeat(gap)).trimEnd());
}

/**
 * A suite as a plain-text table: a heading, one row per document, a total row (sums, so its
 * percentages weigh documents by size), then a footnote per document the extractor failed on and
 * a line per gold file left out. A suite with no gold says so in one line.
 */
export function formatTable(suite: SuiteResult): string {
  const heading = `${suite.title} (${suite.goldFolder})`;
  if (suite.documents.length === 0) {
    const why = suite.folderExists ? 'no gold yet' : 'no gold yet (no such folder)';
    return [`${heading}: ${why}`, ...suite.skipped.map((s) => `  left out: ${s.goldFile}: ${s.reason}`)].join('\n');
  }
  const notes: string[] = [];
  const body = suite.documents.map((d) => {
    if (d.error === null) return [d.document, ...cells(d.score.tally)];
    notes.push(`[${notes.length + 1}] ${d.document}: extractor failed, counted as 0 found: ${d.error}`);
    return [`${d.document} [${notes.length}]`, ...cells(d.score.tally)];
  });
  const head = ['document', 'gold', 'rows', 'found', 'found%', 'exact', 'exact%', 'extra', 'extra%', ...FIELDS.map((f) => FIELD_HEADINGS[f])];
  const lines = alignColumns([head, ...body, ['total', ...cells(suite.total)]]);
  const rule = '-'.repeat(Math.max(...lines.map(displayWidth)));
  return [
    `${heading}: ${suite.documents.length} document${suite.documents.length === 1 ? '' : 's'}`,
    lines[0]!,
    rule,
    ...lines.slice(1, -1),
    rule,
    lines[lines.length - 1]!,
    ...notes,
    ...suite.skipped.map((s) => `left out: ${s.goldFile}: ${s.reason}`),
  ].join('\n');
}

/** The line under all tables: every suite's documents summed. */
export function formatOverall(suites: readonly SuiteResult[], total: Tally): string {
  const documents = suites.reduce((n, s) => n + s.documents.length, 0);
  const s = sharesOf(total);
  return (
    `overall (${suites.length} suite${suites.length === 1 ? '' : 's'}, ${documents} document${documents === 1 ? '' : 's'}): ` +
    `gold ${total.gold}, found ${total.found} (${formatPercent(s.found)}), exact ${total.exact} (${formatPercent(s.exact)}), ` +
    `extra ${total.extra} of ${total.extracted} rows (${formatPercent(s.extra)})`
  );
}
