import { readFileSync } from 'node:fs';

/** The census table the ingest joins (reference/README.md); the site reads it for towns without data. */
const FILE = 'reference/population-2020-census-preliminary.csv';

/**
 * Residents per 5-digit area code (全国地方公共団体コード without its check digit) from the 2020
 * census table, null where the table has a row without a count (双葉町). Build time only.
 * `censusCounts().get('01236')` → 44331.
 */
export function censusCounts(file = FILE): Map<string, number | null> {
  const counts = new Map<string, number | null>();
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/).slice(1)) {
    const [code = '', , count = ''] = line.split(',');
    if (/^\d{5}$/.test(code)) counts.set(code, /^\d+$/.test(count) ? Number(count) : null);
  }
  if (counts.size === 0) throw new Error(`${FILE}: no rows read (see reference/README.md)`);
  return counts;
}
