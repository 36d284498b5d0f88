import { eraYear } from '../../../src/core/eraYear';
import { html, type Html } from './html';

/** A missing value (null, or an empty string where the schema allows one). */
export const NONE = html`<span class="none">—</span>`;

/** A field value as the record holds it: null → —, numbers and strings as written. `field(76)` → '76'. */
export function field(value: string | number | null | undefined): Html | string {
  return value === null || value === undefined || value === '' ? NONE : String(value);
}

/** A fiscal year with its era year: `fiscalYear(2018)` → '2018（平成30年度）'; null → —. */
export function fiscalYear(fy: number | null): Html | string {
  return fy === null ? NONE : `${fy}（${eraYear(fy)}年度）`;
}

/**
 * A 1-based line range: `lineRange({ line: 12, lineEnd: 13 })` → 'L12–13', `{ line: 12 }` → 'L12',
 * values above their name `{ line: 48, lineStart: 25 }` → 'L25–48'.
 */
export function lineRange(source: { line: number; lineEnd?: number | undefined; lineStart?: number | undefined }): string {
  const [first, last] = [source.lineStart ?? source.line, source.lineEnd ?? source.line];
  return last !== first ? `L${first}–${last}` : `L${first}`;
}

/** Document text with its tabs shown (cell boundaries matter to the extractor); escaped. */
export function sourceText(text: string): Html {
  const [first, ...rest] = text.split('\t');
  return html`${first}${rest.map((cell) => html`<span class="tab">\t</span>${cell}`)}`;
}
