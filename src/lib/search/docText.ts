import type { DocRow } from './indexFormat';

/** The texts of a document that are searched, title first: `docTexts(['', '', 0, 0, '移住', ['相談']])` → ['移住', '相談']. */
export function docTexts(row: DocRow): string[] {
  return [row[4], ...row[5]];
}
