import { parsePeriod, type Period } from './parsePeriod';
import { RecognizeError } from './RecognizeError';

/** Where a period may start: an era name, an era letter before a year, a Western year, 第n期. */
const START = /(?:明治|大正|昭和|平成|令和)|(?<![A-Za-z])[MTSHR](?=\d|元)|(?<![\d.,])(?:18|19|20|21)\d{2}(?=年|～)|第(?=\d+期)/g;

/** A period found inside a longer text, with where it stands. */
export type FoundPeriod = { period: Period; start: number; end: number };

/**
 * Finds the first, longest period inside a text (known eras only, so it never throws).
 * `'参考※令和4年度35.5%'` → { period: { label: '令和4年度', fiscalYear: 2022 }, start: 3, end: 8 }.
 */
export function findPeriod(text: string): FoundPeriod | null {
  for (const match of text.matchAll(START)) {
    const start = match.index;
    for (let end = text.length; end > start; end--) {
      let period: Period | null = null;
      try {
        period = parsePeriod(text.slice(start, end));
      } catch (error) {
        if (!(error instanceof RecognizeError)) throw error;
      }
      if (period) return { period, start, end };
    }
  }
  return null;
}
