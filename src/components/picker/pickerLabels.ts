import type { Lang } from '../../i18n/locales';
import { labelsFor } from '../../i18n/labelsFor';
import type { UiKey } from '../../i18n/ui';

/** The UI strings the town picker's script needs, handed to it in a data attribute (the script never bundles the dictionary). */
export const PICKER_LABEL_KEYS = [
  'picker.count',
  'picker.more',
  'picker.none',
  'picker.loading',
  'picker.error',
  'picker.noDataTag',
  'picker.population',
  'picker.noData',
  'picker.prefectureLink',
  'picker.prefecturesLink',
  'picker.chosen',
] as const satisfies readonly UiKey[];

/** A key of the picker script's strings. */
export type PickerLabelKey = (typeof PICKER_LABEL_KEYS)[number];

/** The picker script's strings in one language (templates with `{slots}`). */
export type PickerLabels = Record<PickerLabelKey, string>;

/** The strings for a language, for the picker's `data-labels`: `pickerLabels('en')['picker.noDataTag']` → 'no data yet'. */
export function pickerLabels(lang: Lang): PickerLabels {
  return labelsFor(PICKER_LABEL_KEYS, lang);
}
