/** The filters of the indicator table, in the order of its form. */
export const FILTER_KEYS = ['theme', 'family', 'level', 'kind'] as const;

/** A filter: theme id, family id ('-' for none), level or target kind. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Family filter value for indicators without a family. */
export const NO_FAMILY = '-';

/** Sort direction. */
export type Order = 'asc' | 'desc';

/** What the table shows: the towns loaded, filters ('' = any), and the column it is sorted by ('' = reading order). */
export interface TableState {
  /** Town codes in the order they were chosen. */
  cities: string[];
  filters: Record<FilterKey, string>;
  sort: string;
  order: Order;
}

/** What a state read from a URL is checked against. */
export interface TableOptions {
  sortKeys: readonly string[];
  /** Most towns loaded at once. */
  max: number;
  /** Towns shown when the URL names none. */
  defaults: readonly string[];
}

/** A 全国地方公共団体コード: six digits. */
const CODE = /^\d{6}$/;

/**
 * Reads the state from a query string. Towns come from `cities=a,b` (as shared) or `cities=a&cities=b`
 * (as a form sends it), else from the old single-town filter `city=a`, else the defaults; codes that
 * are not six digits and repeats are dropped and at most `max` kept. Unknown keys are ignored and an
 * unknown sort column means reading order.
 * `parseTableState('?city=012360&sort=target&order=desc', …)` → { cities: ['012360'], filters: { theme: '', … }, sort: 'target', order: 'desc' }.
 */
export function parseTableState(search: string, options: TableOptions): TableState {
  const params = new URLSearchParams(search);
  const named = params.has('cities') ? params.getAll('cities') : params.getAll('city');
  const asked = [...new Set(named.flatMap((v) => v.split(',')).map((v) => v.trim()))].filter((c) => CODE.test(c));
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Record<FilterKey, string>;
  const sort = params.get('sort') ?? '';
  return {
    cities: (asked.length > 0 ? asked : options.defaults).slice(0, options.max),
    filters,
    sort: options.sortKeys.includes(sort) ? sort : '',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
  };
}

/**
 * The query string of a state, '' when nothing is chosen:
 * `{ cities: ['012360', '112330'], filters: { theme: 'dx', … }, sort: '' }` → '?cities=012360,112330&theme=dx'.
 */
export function tableQuery(state: TableState): string {
  const params = state.cities.length === 0 ? [] : [`cities=${state.cities.join(',')}`];
  params.push(...FILTER_KEYS.filter((k) => state.filters[k] !== '').map((k) => `${k}=${encodeURIComponent(state.filters[k])}`));
  if (state.sort !== '') params.push(`sort=${state.sort}`, `order=${state.order}`);
  return params.length === 0 ? '' : `?${params.join('&')}`;
}

/** A row's values for the filters (themes space-separated, family '' when none). */
export type RowValues = Record<FilterKey, string>;

/** Whether a row passes every filter: a theme matches any of the row's themes; '-' matches no family. */
export function rowMatches(filters: Record<FilterKey, string>, row: RowValues): boolean {
  return FILTER_KEYS.every((k) => {
    const want = filters[k];
    if (want === '') return true;
    if (k === 'theme') return row.theme.split(' ').includes(want);
    if (k === 'family' && want === NO_FAMILY) return row.family === '';
    return row[k] === want;
  });
}

/**
 * Orders two cell values: numbers numerically, text by the language's collation; empty cells always
 * last, whichever the direction. `compareCells('10', '9', 'number', 'asc', 'ja')` → positive.
 */
export function compareCells(a: string, b: string, type: 'text' | 'number', order: Order, locale: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const sign = order === 'asc' ? 1 : -1;
  return sign * (type === 'number' ? Number(a) - Number(b) : a.localeCompare(b, locale, { numeric: true }));
}
