import type { Lang } from './locales';
import { UI, type UiKey } from './ui';

/** Values for the `{name}` slots of a UI string. */
export type Slots = Record<string, string | number>;

/** Fills `{name}` slots: `fill('第{n}期', { n: 2 })` → '第2期'. An unknown slot is an error, never left blank. */
export function fill(template: string, slots: Slots = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`UI string "${template}" needs a value for {${name}}`);
    return String(value);
  });
}

/** A translate function for one language: `translator('en')('nav.home')` → 'Home'. */
export function translator(lang: Lang): (key: UiKey, slots?: Slots) => string {
  const strings = UI[lang];
  return (key, slots) => fill(strings[key], slots);
}
