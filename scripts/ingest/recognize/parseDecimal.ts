import { RecognizeError } from './RecognizeError';

/** Digits with thousands separators every three places, or plain digits; an optional decimal part. */
const WELL_FORMED = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** What a RecognizeError says was expected for a malformed number (`1,,000人`). */
export const NUMBER_EXPECTED = 'a number like 1,234 or 12.5 with an optional unit';

/**
 * Reads a number token (digits, commas and dots, starting and ending with a digit); throws
 * RecognizeError when it is malformed. `'2,920,245'` → 2920245; `'0.54'` → 0.54; `'12,3456'` throws.
 */
export function parseDecimal(token: string, found: string = token): number {
  if (!WELL_FORMED.test(token)) throw new RecognizeError({ expected: NUMBER_EXPECTED, found });
  return Number(token.replace(/,/g, ''));
}
