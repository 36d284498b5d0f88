import type { Lang } from './locales';
import { INTL_LOCALE } from './locales';
import { fill, type Slots } from './fill';
import { UI, type UiKey } from './ui';

/** A translate function for one language: `translator('en')('nav.home')` → 'Home'. */
export function translator(lang: Lang): (key: UiKey, slots?: Slots) => string {
  const strings = UI[lang];
  return (key, slots) => fill(strings[key], slots, INTL_LOCALE[lang]);
}
