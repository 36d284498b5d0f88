import { describe, expect, it } from 'vitest';
import { hasFilters, parseSearchState, searchQueryString } from '../../../src/lib/search/searchState';

describe('search URL state', () => {
  describe('parseSearchState', () => {
    it('reads the query and known filters', () => {
      expect(parseSearchState(new URLSearchParams('q=移住&city=012360&theme=migration&kind=goal'))).toEqual({
        query: '移住',
        filters: { city: '012360', theme: 'migration', kind: 'goal' },
      });
    });
    it('drops unknown filter values', () => {
      expect(parseSearchState(new URLSearchParams('q=DX&city=hokuto&theme=x&kind=page')).filters).toEqual({ city: null, theme: null, kind: null });
    });
  });
  describe('searchQueryString', () => {
    it('writes parameters in a fixed order, leaving empty ones out', () => {
      expect(searchQueryString({ query: 'DX', filters: { city: null, theme: 'dx', kind: 'measure' } })).toBe('?q=DX&theme=dx&kind=measure');
      expect(searchQueryString({ query: ' ', filters: { city: null, theme: null, kind: null } })).toBe('');
    });
    it('round-trips through parseSearchState', () => {
      const state = { query: '子育て アプリ', filters: { city: '032069', theme: null, kind: 'indicator' as const } };
      expect(parseSearchState(new URLSearchParams(searchQueryString(state)))).toEqual(state);
    });
  });
  it('hasFilters is true when any filter is set', () => {
    expect(hasFilters({ city: null, theme: null, kind: null })).toBe(false);
    expect(hasFilters({ city: null, theme: 'dx', kind: null })).toBe(true);
  });
});
