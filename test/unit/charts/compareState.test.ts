import { describe, expect, it } from 'vitest';
import { compareQuery, parseCompareState } from '../../../src/components/compare/compareState';
import { THEME_IDS } from '../../../src/schemas/themes';

const options = { defaults: ['012165', '012360', '032069', '112330'], themes: THEME_IDS, max: 4 };

describe('parseCompareState', () => {
  it('reads a shared link, towns in the order given', () => {
    expect(parseCompareState('?cities=112330,012360&theme=childcare', options)).toEqual({ cities: ['112330', '012360'], theme: 'childcare' });
  });
  it('reads what a plain form sends (cities repeated, comma encoded)', () => {
    expect(parseCompareState('?cities=012360&cities=032069&theme=', options).cities).toEqual(['012360', '032069']);
    expect(parseCompareState('?cities=012360%2C032069', options).cities).toEqual(['012360', '032069']);
  });
  it('drops what is no municipality code, repeats and unknown themes', () => {
    expect(parseCompareState('?cities=hokuto,012360,12345,012360&theme=space', options)).toEqual({ cities: ['012360'], theme: '' });
  });
  it('keeps a well-formed code it cannot check (the page says when no data file answers)', () => {
    expect(parseCompareState('?cities=999999,012360', options).cities).toEqual(['999999', '012360']);
  });
  it('shows the defaults up to the maximum when no town is named', () => {
    expect(parseCompareState('', options)).toEqual({ cities: options.defaults, theme: '' });
    expect(parseCompareState('?cities=', { ...options, max: 2 }).cities).toEqual(['012165', '012360']);
  });
  it('keeps at most the maximum', () => {
    expect(parseCompareState('?cities=012165,012360,032069', { ...options, max: 2 }).cities).toEqual(['012165', '012360']);
  });
});

describe('compareQuery', () => {
  it('writes a short, readable link', () => {
    expect(compareQuery({ cities: ['012360', '112330'], theme: 'childcare' })).toBe('?cities=012360,112330&theme=childcare');
  });
  it('leaves the theme out for every theme', () => {
    expect(compareQuery({ cities: ['012360', '112330'], theme: '' })).toBe('?cities=012360,112330');
  });
  it('round-trips through parseCompareState', () => {
    const state = { cities: ['032069', '012165'], theme: 'transport-urban' };
    expect(parseCompareState(compareQuery(state), options)).toEqual(state);
  });
});
