import { parseQuantities } from '../recognize/parseQuantities';
import type { Quantity } from '../recognize/readQuantity';
import { RecognizeError } from '../recognize/RecognizeError';

/** Words that announce a target or a KPI value. */
const TARGET_WORDS = /目標値|目標数値|数値目標|KPI|成果指標|現状値|基準値|[⇒→]/;
/** A reduction or increase stated as a share, e.g. `48%削減`. */
const SHARE_CHANGE = /\d[\d,.]*\s*%\s*(削減|増加|減少|向上|以上|以下)/;
/** Units of a date, a period or a page, which state when or where, not how much (`令和4年度`, `3月`, `69頁`). */
const DATE_UNIT = /^(年度?|月|日|期|号|頁|ページ)/;

/** The quantities of a text that count something, read by the extractor's own recognizer (dates left out). */
function counts(text: string): Quantity[] {
  return parseQuantities(text).filter((q) => !DATE_UNIT.test(q.unit) && !(q.unit === '' && Number.isInteger(q.value) && q.value >= 1900 && q.value <= 2100));
}

/**
 * True when a (normalized) line looks like it states a target or a KPI value: a target word with a
 * quantity (a number with a unit, read by parseQuantities as the extractor reads it), a share change,
 * or a tab-separated row with two quantities.
 * `looksLikeTarget('観光入込客数 ⇒ 現状値(H30) 76万人 目標数値 90万人')` → true; `'婚姻数：90組→100組'` → true.
 */
export function looksLikeTarget(text: string): boolean {
  try {
    return statesTarget(text);
  } catch (error) {
    // A malformed number (`4億3,0000万円`, an excerpt cut at `4,0`) by a target word: a line for a person to read, never a lost document.
    if (error instanceof RecognizeError) return TARGET_WORDS.test(text) && /\d/.test(text);
    throw error;
  }
}

function statesTarget(text: string): boolean {
  if (SHARE_CHANGE.test(text)) return true;
  const withUnit = counts(text).filter((q) => q.unit !== '');
  if (TARGET_WORDS.test(text) && withUnit.length > 0) return true;
  const cells = text.split('\t').filter((c) => counts(c).some((q) => q.unit !== ''));
  return cells.length >= 2;
}
