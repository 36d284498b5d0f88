import type { Lang } from '../i18n/locales';
import { translator } from '../i18n/translator';
import type { Baseline } from '../schemas/indicator';
import { formatQuantity } from './formatNumber';

/**
 * The baseline value with its unit, or "not stated"; period and note are shown apart.
 * `formatBaseline({ value: 31, … }, '社', 'ja')` → '31社'; `{ value: null }` → '記載なし'.
 */
export function formatBaseline(baseline: Baseline, unit: string, lang: Lang): string {
  return baseline.value === null ? translator(lang)('value.none') : formatQuantity(baseline.value, unit, lang);
}
