import { ERAS } from '../../../src/core/eras';

/** The era letter and year a table header writes: `eraLabel(2018)` → 'H30', `eraLabel(2019)` → 'R1', `eraLabel(2024)` → 'R6'. */
export function eraLabel(fiscalYear: number): string {
  const era = [...ERAS].reverse().find((e) => fiscalYear >= e.firstYear);
  return era ? `${era.letter}${fiscalYear - era.firstYear + 1}` : String(fiscalYear);
}

/** A value with thousands commas and its decimals: `writtenNumber(12345.6, 1)` → '12,345.6', `writtenNumber(-55, 0)` → '△55'. */
export function writtenNumber(value: number, decimals: number): string {
  const text = Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return value < 0 ? `△${text}` : text;
}

/** 市民, 町民, 村民 or 区民 by the name's last character: `residentWord('北斗市')` → '市民'. */
export function residentWord(name: string): string {
  const last = name.slice(-1);
  return ['市', '町', '村', '区'].includes(last) ? `${last}民` : '住民';
}
