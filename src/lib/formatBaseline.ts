import type { Lang } from '../i18n/locales';
import { translator } from '../i18n/translator';
import type { Baseline } from '../schemas/indicator';
import { formatQuantity } from './formatNumber';
import { qualifyValue } from './qualifyValue';

/**
 * The baseline value with its unit and the qualifiers of its note next to it, or "not stated"
 * (with the note, e.g. 未策定); the period is shown apart.
 * `formatBaseline({ value: 31, … }, '社', 'ja')` → '31社'; `{ value: 1800, note: '約' }`, '人' → '約1,800人';
 * `{ value: null }` → '記載なし'; `{ value: null, note: '未策定' }` → '記載なし（未策定）'.
 */
export function formatBaseline(baseline: Baseline, unit: string, lang: Lang): string {
  const t = translator(lang);
  if (baseline.value === null) {
    return baseline.note === null ? t('value.none') : t('qualifier.other', { value: t('value.none'), note: baseline.note });
  }
  return qualifyValue(formatQuantity(baseline.value, unit, lang), baseline.note, 'total', lang);
}
