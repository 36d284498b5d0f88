import { findEra } from './eras';
import { RecognizeError } from './RecognizeError';

/**
 * The Western year of an era year, which is also the fiscal year (April–March) it names.
 * `toFiscalYear('H', 30)` → 2018; `toFiscalYear('令和', 1)` → 2019; `toFiscalYear('H', 31)` → 2019.
 */
export function toFiscalYear(era: string, year: number): number {
  if (!Number.isInteger(year) || year < 1) {
    throw new RecognizeError({ expected: 'an era year from 元 (1) upwards', found: `${era}${year}` });
  }
  return findEra(era).firstYear + year - 1;
}
