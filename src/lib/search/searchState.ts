import type { SearchFilters } from './engine/types';
import { toResultKind } from './recordKinds';
import { MAX_QUERY_LENGTH } from './terms';
import { toThemeId } from './themeIds';

/** What a search URL holds: the query and the filters. */
export interface SearchState {
  query: string;
  filters: SearchFilters;
}

/**
 * Reads a search URL's parameters; unknown values are dropped.
 * `parseSearchState(new URLSearchParams('q=移住&kind=goal&theme=x'))` → { query: '移住', filters: { city: null, theme: null, kind: 'goal' } }.
 */
export function parseSearchState(params: URLSearchParams): SearchState {
  const city = params.get('city');
  const theme = params.get('theme');
  return {
    query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    filters: {
      city: city && /^\d{6}$/.test(city) ? city : null,
      theme: toThemeId(theme),
      kind: toResultKind(params.get('kind')),
    },
  };
}

/**
 * The query string of a state, parameters in a fixed order, empty ones left out, so equal
 * searches share one URL. `searchQueryString({ query: 'DX', filters: { city: '012360', theme: null, kind: null } })` → '?q=DX&city=012360'.
 */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query);
  if (state.filters.city) params.set('city', state.filters.city);
  if (state.filters.theme) params.set('theme', state.filters.theme);
  if (state.filters.kind) params.set('kind', state.filters.kind);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** True when any filter is set: `hasFilters({ city: null, theme: 'dx', kind: null })` → true. */
export function hasFilters(filters: SearchFilters): boolean {
  return filters.city !== null || filters.theme !== null || filters.kind !== null;
}
