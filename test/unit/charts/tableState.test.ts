import { describe, expect, it } from 'vitest';
import { compareCells, NO_FAMILY, parseTableState, rowMatches, tableQuery } from '../../../src/components/indicators/tableState';

const SORT_KEYS = ['name', 'city', 'baseline', 'target', 'targetFy'];
const none = { city: '', theme: '', family: '', level: '', kind: '' };

describe('parseTableState', () => {
  it('reads filters and sort from the URL', () => {
    expect(parseTableState('?city=012360&theme=childcare&sort=target&order=desc', SORT_KEYS)).toEqual({
      filters: { ...none, city: '012360', theme: 'childcare' },
      sort: 'target',
      order: 'desc',
    });
  });
  it('falls back to reading order and ascending', () => {
    expect(parseTableState('?sort=colour&order=sideways', SORT_KEYS)).toEqual({ filters: none, sort: '', order: 'asc' });
  });
});

describe('tableQuery', () => {
  it('is empty for the full table', () => {
    expect(tableQuery({ filters: none, sort: '', order: 'asc' })).toBe('');
  });
  it('writes only what is chosen, and round-trips', () => {
    const state = { filters: { ...none, family: 'births', kind: 'number' }, sort: 'baseline', order: 'desc' as const };
    expect(tableQuery(state)).toBe('?family=births&kind=number&sort=baseline&order=desc');
    expect(parseTableState(tableQuery(state), SORT_KEYS)).toEqual(state);
  });
});

describe('rowMatches', () => {
  // 企業立地数(新函館北斗駅周辺), 001 line 214: 北斗市, jobs + transport-urban, family companies-located, a goal target.
  const row = { city: '012360', theme: 'jobs transport-urban', family: 'companies-located', level: 'goal', kind: 'number' };
  it('passes with no filter', () => {
    expect(rowMatches(none, row)).toBe(true);
  });
  it('matches a theme among several', () => {
    expect(rowMatches({ ...none, theme: 'transport-urban' }, row)).toBe(true);
    expect(rowMatches({ ...none, theme: 'tourism' }, row)).toBe(false);
  });
  it('needs every filter to pass', () => {
    expect(rowMatches({ ...none, city: '012360', level: 'measure' }, row)).toBe(false);
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
