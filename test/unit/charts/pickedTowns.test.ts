import { describe, expect, it } from 'vitest';
import { linkWithTowns, MAX_PICKED_TOWNS, readPickedTowns, withPickedTowns } from '../../../src/components/theme/client/pickedTowns';

describe('readPickedTowns', () => {
  describe('a shared link', () => {
    it('keeps six-digit codes in the order given', () => {
      expect(readPickedTowns('?cities=112330,012360')).toEqual(['112330', '012360']);
    });
    it('drops repeats and anything that is not a code', () => {
      expect(readPickedTowns('?cities=112330,abc,112330,01236,012360')).toEqual(['112330', '012360']);
    });
    it('accepts the codes as a plain form sends them', () => {
      expect(readPickedTowns('?cities=112330&cities=012360')).toEqual(['112330', '012360']);
    });
    it(`keeps at most ${MAX_PICKED_TOWNS}, the first ones`, () => {
      expect(readPickedTowns('?cities=012360,032069,112330,132209,214213')).toEqual(['012360', '032069', '112330', '132209']);
    });
  });
  describe('a URL without towns', () => {
    it('picks none (a theme page has no default towns)', () => {
      expect(readPickedTowns('')).toEqual([]);
      expect(readPickedTowns('?theme=dx')).toEqual([]);
    });
  });
});

describe('withPickedTowns', () => {
  it('adds the towns after the other parameters, commas unescaped', () => {
    expect(withPickedTowns('?theme=dx', ['012360', '112330'])).toBe('?theme=dx&cities=012360,112330');
  });
  it('replaces the towns already there', () => {
    expect(withPickedTowns('?cities=032069&x=1', ['012360'])).toBe('?x=1&cities=012360');
  });
  it('leaves the parameter out when no town is picked', () => {
    expect(withPickedTowns('?cities=012360', [])).toBe('');
    expect(withPickedTowns('?theme=dx&cities=012360', [])).toBe('?theme=dx');
  });
});

describe('linkWithTowns', () => {
  it('adds the towns to a link to the indicator table, keeping its filters', () => {
    expect(linkWithTowns('/indicators/?theme=jobs&family=new-jobs', ['012360', '112330'])).toBe('/indicators/?theme=jobs&family=new-jobs&cities=012360,112330');
  });
  it('keeps the base path and the fragment', () => {
    expect(linkWithTowns('/machikurabe/en/compare/?theme=jobs#charts', ['012360'])).toBe('/machikurabe/en/compare/?theme=jobs&cities=012360#charts');
  });
  it('gives the link back as built when no town is picked', () => {
    expect(linkWithTowns('/compare/?theme=jobs', [])).toBe('/compare/?theme=jobs');
    expect(linkWithTowns('/compare/', [])).toBe('/compare/');
  });
});
