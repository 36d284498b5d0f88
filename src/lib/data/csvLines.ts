import { indicatorsCsv, type CsvLookups } from '../../core/indicatorsCsv';
import type { Indicator } from '../../schemas/indicator';

/** The lines of indicators.csv: its header and each indicator's row, without line ends or BOM. */
export interface CsvLines {
  header: string;
  rows: Map<string, string>;
}

/**
 * Cuts the ingest's own indicators.csv writer (same columns, order, quoting and formula
 * neutralizing as public/data/indicators.csv) into a header and one line per indicator, so the
 * page can join any selection into that selection's indicators.csv: BOM + header + CRLF + each
 * row + CRLF. Rows hold no line break (names and titles are single source lines), which is checked.
 */
export function csvLines(indicators: readonly Indicator[], lookups: CsvLookups): CsvLines {
  const head = indicatorsCsv([], lookups);
  const header = head.replace(/^\uFEFF/, '').replace(/\r\n$/, '');
  const rows = new Map<string, string>();
  for (const ind of indicators) {
    const line = indicatorsCsv([ind], lookups).slice(head.length).replace(/\r\n$/, '');
    if (/[\r\n]/.test(line)) throw new Error(`indicator ${ind.id}: its CSV row spans several lines, which the page cannot carry`);
    rows.set(ind.id, line);
  }
  return { header, rows };
}
