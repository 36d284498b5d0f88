/** Filling UI string templates, with no dictionary attached (so browser code can use it without shipping one). */
import { pluralRules } from './intl';

/** Values for the `{name}` slots of a UI string. */
export type Slots = Record<string, string | number>;

/**
 * Fills `{name}` slots, and `{name|one|other}` with the noun form for the count in `name` (for
 * languages with plurals): `fill('第{n}期', { n: 2 })` → '第2期';
 * `fill('{n} {n|goal|goals}', { n: 1 })` → '1 goal'. An unknown slot is an error, never left blank.
 */
export function fill(template: string, slots: Slots = {}, locale = 'en-GB'): string {
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (_, name: string, one?: string, other?: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`UI string "${template}" needs a value for {${name}}`);
    if (one === undefined || other === undefined) return String(value);
    const count = typeof value === 'number' ? value : Number(String(value).replace(/,/g, ''));
    return Number.isFinite(count) && pluralRules(locale).select(count) === 'one' ? one : other;
  });
}
