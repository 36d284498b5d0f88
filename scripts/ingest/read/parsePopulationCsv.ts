import { IngestError } from '../../../src/core/IngestError';
import { CENSUS_POPULATION } from './censusPopulation';

/** One area of the census table. */
export interface PopulationRow {
  /** Area name as the table gives it, e.g. `北斗市`. */
  name: string;
  /** Residents, or null when the table gives no count (双葉町, evacuated in 2020). */
  count: number | null;
  /** 1-based line of the row in the table. */
  line: number;
}

/** The census table by 5-digit area code (全国地方公共団体コード without its check digit). */
export interface PopulationTable {
  /** Path of the table as named in errors. */
  file: string;
  rows: Map<string, PopulationRow>;
}

/**
 * Parses the census population CSV (header `area_code,area_name,population,male,female`, LF or
 * CRLF, no quoted cells); a malformed row is an error naming the file and line.
 * `'area_code,…\n01236,北斗市,44331,20548,23783'` → rows { '01236' → { name: '北斗市', count: 44331, line: 2 } }.
 */
export function parsePopulationCsv(file: string, text: string): PopulationTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = CENSUS_POPULATION.columns.join(',');
  if (lines[0] !== header) throw new IngestError(file, 1, `the header ${header}`, lines[0] ?? '');
  const rows = new Map<string, PopulationRow>();
  lines.slice(1).forEach((text, i) => {
    const line = i + 2;
    if (text === '') return;
    const cells = text.split(',');
    const [code = '', name = '', count = ''] = cells;
    if (cells.length !== CENSUS_POPULATION.columns.length) throw new IngestError(file, line, `${CENSUS_POPULATION.columns.length} cells (${header})`, text);
    if (!/^\d{5}$/.test(code)) throw new IngestError(file, line, 'area_code: a 5-digit code', code);
    if (count !== '' && !/^\d+$/.test(count)) throw new IngestError(file, line, 'population: a whole number of persons or an empty cell', count);
    if (rows.has(code)) throw new IngestError(file, line, `one row per area_code (${code} also on line ${rows.get(code)!.line})`, text);
    rows.set(code, { name, count: count === '' ? null : Number(count), line });
  });
  return { file, rows };
}
