import { describe, expect, it } from 'vitest';
import { compareQuery, inView, parseCompareState } from '../../../src/components/compare/compareState';
import { THEME_IDS } from '../../../src/schemas/themes';

const options = { cities: ['012165', '012360', '032069', '112330'], themes: THEME_IDS, max: 4 };

describe('parseCompareState', () => {
  it('reads a shared link, cities in site order', () => {
    expect(parseCompareState('?cities=112330,012360&theme=childcare', options)).toEqual({ cities: ['012360', '112330'], theme: 'childcare' });
  });
  it('reads what a plain form sends (cities repeated, comma encoded)', () => {
    expect(parseCompareState('?cities=012360&cities=032069&theme=', options).cities).toEqual(['012360', '032069']);
    expect(parseCompareState('?cities=012360%2C032069', options).cities).toEqual(['012360', '032069']);
  });
  it('drops unknown cities and themes', () => {
    expect(parseCompareState('?cities=999999,012360&theme=space', options)).toEqual({ cities: ['012360'], theme: '' });
  });
  it('shows the first cities up to the maximum when none is named', () => {
    expect(parseCompareState('', options)).toEqual({ cities: options.cities, theme: '' });
    expect(parseCompareState('', { ...options, max: 2 }).cities).toEqual(['012165', '012360']);
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
    const state = { cities: ['012165', '032069'], theme: 'transport-urban' };
    expect(parseCompareState(compareQuery(state), options)).toEqual(state);
  });
});

describe('inView', () => {
  const state = { cities: ['012360', '112330'], theme: 'jobs' };
  it('keeps an indicator of a chosen city on the theme: 企業立地数 (jobs, transport-urban)', () => {
    expect(inView(state, '012360', 'jobs transport-urban')).toBe(true);
  });
  it('hides a city not chosen, and a theme not chosen', () => {
    expect(inView(state, '032069', 'jobs')).toBe(false);
    expect(inView(state, '012360', 'tourism')).toBe(false);
  });
  it('ignores the theme for elements that only belong to a city, and any theme when none is chosen', () => {
    expect(inView(state, '112330', undefined)).toBe(true);
    expect(inView({ ...state, theme: '' }, '112330', 'tourism')).toBe(true);
  });
});
