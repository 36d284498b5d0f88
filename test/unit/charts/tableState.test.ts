import { describe, expect, it } from 'vitest';
import { compareCells, NO_FAMILY, parseTableState, rowMatches, tableQuery } from '../../../src/components/indicators/tableState';

const SORT_KEYS = ['name', 'city', 'baseline', 'target', 'targetFy'];
/** The site's first four towns: 芦別市, 北斗市, 北上市, 北本市. */
const options = { sortKeys: SORT_KEYS, max: 8, defaults: ['012165', '012360', '032069', '112330'] };
const none = { theme: '', family: '', level: '', kind: '' };

describe('parseTableState', () => {
  it('reads towns, filters and sort from the URL', () => {
    expect(parseTableState('?cities=012360,112330&theme=childcare&sort=target&order=desc', options)).toEqual({
      cities: ['012360', '112330'],
      filters: { ...none, theme: 'childcare' },
      sort: 'target',
      order: 'desc',
    });
  });
  it('falls back to the default towns, reading order and ascending', () => {
    expect(parseTableState('?sort=colour&order=sideways', options)).toEqual({ cities: options.defaults, filters: none, sort: '', order: 'asc' });
  });

  describe('towns', () => {
    it('reads them as a form sends them', () => {
      expect(parseTableState('?cities=112330&cities=012360', options).cities).toEqual(['112330', '012360']);
    });
    it('keeps the old single-town filter `city` working', () => {
      expect(parseTableState('?city=012360&theme=childcare', options)).toMatchObject({ cities: ['012360'], filters: { ...none, theme: 'childcare' } });
    });
    it('prefers `cities` to `city`', () => {
      expect(parseTableState('?city=012360&cities=112330', options).cities).toEqual(['112330']);
    });
    it('drops codes that are not six digits and repeats, and keeps at most `max`', () => {
      expect(parseTableState('?cities=012360,../x,012360,1123', options).cities).toEqual(['012360']);
      expect(parseTableState('?cities=012360,112330,032069', { ...options, max: 2 }).cities).toEqual(['012360', '112330']);
    });
    it('uses the defaults when no code is valid', () => {
      expect(parseTableState('?cities=abc', options).cities).toEqual(options.defaults);
    });
  });
});

describe('tableQuery', () => {
  it('is empty when nothing is chosen', () => {
    expect(tableQuery({ cities: [], filters: none, sort: '', order: 'asc' })).toBe('');
  });
  it('writes only what is chosen, towns first, and round-trips', () => {
    const state = { cities: ['012360', '112330'], filters: { ...none, family: 'births', kind: 'number' }, sort: 'baseline', order: 'desc' as const };
    expect(tableQuery(state)).toBe('?cities=012360,112330&family=births&kind=number&sort=baseline&order=desc');
    expect(parseTableState(tableQuery(state), options)).toEqual(state);
  });
});

describe('rowMatches', () => {
  // 企業立地数(新函館北斗駅周辺), 001 line 214: 北斗市, jobs + transport-urban, family companies-located, a goal target.
  const row = { theme: 'jobs transport-urban', family: 'companies-located', level: 'goal', kind: 'number' };
  it('passes with no filter', () => {
    expect(rowMatches(none, row)).toBe(true);
  });
  it('matches a theme among several', () => {
    expect(rowMatches({ ...none, theme: 'transport-urban' }, row)).toBe(true);
    expect(rowMatches({ ...none, theme: 'tourism' }, row)).toBe(false);
  });
  it('needs every filter to pass', () => {
    expect(rowMatches({ ...none, theme: 'jobs', level: 'measure' }, row)).toBe(false);
  });
  it('matches "no family" only for indicators without one', () => {
    expect(rowMatches({ ...none, family: NO_FAMILY }, row)).toBe(false);
    expect(rowMatches({ ...none, family: NO_FAMILY }, { ...row, family: '' })).toBe(true);
  });
});

describe('compareCells', () => {
  it('orders numbers as numbers', () => {
    expect(compareCells('10', '9', 'number', 'asc', 'ja')).toBeGreaterThan(0);
    expect(compareCells('10', '9', 'number', 'desc', 'ja')).toBeLessThan(0);
  });
  it('orders text by collation', () => {
    expect(compareCells('出生数', '結婚率', 'text', 'asc', 'ja')).not.toBe(0);
    expect(compareCells('a2', 'a10', 'text', 'asc', 'en')).toBeLessThan(0);
  });
  it('puts empty cells last in both directions', () => {
    expect(compareCells('', '5', 'number', 'asc', 'ja')).toBeGreaterThan(0);
    expect(compareCells('', '5', 'number', 'desc', 'ja')).toBeGreaterThan(0);
    expect(compareCells('', '', 'number', 'asc', 'ja')).toBe(0);
  });
});
