import { fill } from '../../../i18n/fill';
import { INTL_LOCALE, type Lang } from '../../../i18n/locales';
import type { PickerLabelKey, PickerLabels } from '../pickerLabels';

/** A picker label with its slots filled: `pickerText(labels, 'en', 'picker.count', { n: 1 })` → '1 town found'. */
export function pickerText(labels: PickerLabels, lang: Lang, key: PickerLabelKey, slots: Record<string, string | number> = {}): string {
  return fill(labels[key] ?? key, slots, INTL_LOCALE[lang]);
}
