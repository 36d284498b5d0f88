import { findPeriod } from './findPeriod';
import type { Period } from './parsePeriod';
import { parseQuantities } from './parseQuantities';
import { RecognizeError } from './RecognizeError';

/** What the text before a quantity says: a period written in it, a number of years, a note. */
export type PrefixParts = { period?: Period; years?: number; note?: string };

const YEARS_IN = /^(\d+)年間?で$/;

/**
 * Reads the text before a cell's quantity: `5年間で` gives years, a period outside parentheses is
 * taken out, what remains is a note (`※`, `:` trimmed). Throws RecognizeError when it still holds a
 * quantity, as in `小学校39.7%中学校31.3%`: such cells must be split first.
 * `'参考※令和4年度'` → { period: { label: '令和4年度', fiscalYear: 2022 }, note: '参考' }.
 */
export function readPrefix(prefix: string, found: string): PrefixParts {
  const years = YEARS_IN.exec(prefix);
  if (years) return { years: Number(years[1]) };
  const masked = prefix.replace(/\([^)]*\)/g, (group) => '\u0000'.repeat(group.length));
  const located = findPeriod(masked);
  const rest = located ? prefix.slice(0, located.start) + prefix.slice(located.end) : prefix;
  const maskedRest = located ? masked.slice(0, located.start) + masked.slice(located.end) : masked;
  if (parseQuantities(maskedRest.replace(/\u0000/g, ' ')).length > 0) {
    throw new RecognizeError({ expected: 'one value per cell (split cells with several values first)', found });
  }
  const note = rest.replace(/^[※:・\s]+|[※:・の\s]+$/g, '');
  return { ...(located ? { period: located.period } : {}), ...(note ? { note } : {}) };
}
