import type { Lang } from './locales';
import { UI, type UiKey } from './ui';

/**
 * The strings of some keys in one language, for a browser script's `data-labels` (scripts never
 * bundle the dictionary): `labelsFor(['picker.noDataTag'], 'en')` → { 'picker.noDataTag': 'no data yet' }.
 */
export function labelsFor<K extends UiKey>(keys: readonly K[], lang: Lang): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, UI[lang][k]])) as Record<K, string>;
}
