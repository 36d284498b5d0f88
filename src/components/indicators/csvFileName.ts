import { FILTER_KEYS, NO_FAMILY, type FilterKey } from './tableState';

/**
 * File name of a CSV download that says what was selected: the towns' codes in the order chosen,
 * then the chosen filter values in the order of the form, ASCII only (anything else becomes '-').
 * Sorting changes no row, so it is not named.
 * `csvFileName('machikurabe-indicators', ['012360'], { theme: 'childcare', family: '', level: '', kind: '' })`
 * → 'machikurabe-indicators-012360-childcare.csv'; the family filter "none" ('-') → '…-no-family.csv'.
 */
export function csvFileName(stem: string, cities: readonly string[], filters: Record<FilterKey, string>): string {
  const chosen = FILTER_KEYS.map((key) => (key === 'family' && filters[key] === NO_FAMILY ? 'no-family' : filters[key]));
  const parts = [stem, ...cities, ...chosen].map(asciiSlug).filter((part) => part !== '');
  return `${parts.join('-')}.csv`;
}

/** Lower-case ASCII letters, digits and single hyphens: `'Zero_Balance!'` → 'zero-balance', `'子育て'` → ''. */
function asciiSlug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
