/**
 * Intl formatters made once per locale and options: building one costs some 30–80 µs, and a page
 * formats thousands of numbers, so making them anew each time was most of a city page's build time.
 * `numberFormat('ja-JP').format(44331)` → '44,331'.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>();

function memo<T extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let found = cache.get(key) as T | undefined;
  if (found === undefined) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return memo('n', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function pluralRules(locale: string, options: Intl.PluralRulesOptions = {}): Intl.PluralRules {
  return memo('p', locale, options, () => new Intl.PluralRules(locale, options));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return memo('d', locale, options, () => new Intl.DateTimeFormat(locale, options));
}
