import { describe, expect, it } from 'vitest';
import { paginate } from '../../../src/lib/paginate';
import { prefecturePath } from '../../../src/lib/towns/prefecturePath';

describe('paginate', () => {
  describe('a list longer than a page', () => {
    it('fills each page in order, the last with the rest', () => {
      expect(paginate(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    });
  });
  describe('a list of exactly whole pages', () => {
    it('has no empty last page', () => {
      expect(paginate([1, 2, 3, 4], 2)).toEqual([[1, 2], [3, 4]]);
    });
  });
  describe('an empty list', () => {
    it('is one empty page', () => {
      expect(paginate([], 40)).toEqual([[]]);
    });
  });
  describe('a page size that is not a positive integer', () => {
    it('is an error', () => {
      expect(() => paginate([1], 0)).toThrow(/positive integer/);
      expect(() => paginate([1], 1.5)).toThrow(/positive integer/);
    });
  });
});

describe('prefecturePath', () => {
  it('is the prefecture itself for the first page', () => {
    expect(prefecturePath('01')).toBe('/prefectures/01/');
    expect(prefecturePath('01', 1)).toBe('/prefectures/01/');
  });
  it('adds the number of a later page', () => {
    expect(prefecturePath('01', 3)).toBe('/prefectures/01/3/');
  });
});
