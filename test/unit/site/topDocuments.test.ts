import { describe, expect, it } from 'vitest';
import { topDocuments } from '../../../src/lib/topDocuments';

describe('topDocuments', () => {
  // content/coverage.json: one unrecorded line each in seeds/002_… (北本市) and seeds/003_… (芦別市).
  describe('the real coverage report', () => {
    it('gives each file once, ties by name', () => {
      expect(topDocuments(['seeds/003_814edfe68be90aab.txt', 'seeds/002_b40273191f164151.txt'], 10)).toEqual([
        { file: 'seeds/002_b40273191f164151.txt', count: 1 },
        { file: 'seeds/003_814edfe68be90aab.txt', count: 1 },
      ]);
    });
  });
  describe('more files than asked for', () => {
    it('keeps those with the most, most first', () => {
      expect(topDocuments(['seeds/b.txt', 'seeds/a.txt', 'seeds/b.txt', 'seeds/c.txt', 'seeds/c.txt', 'seeds/c.txt'], 2)).toEqual([
        { file: 'seeds/c.txt', count: 3 },
        { file: 'seeds/b.txt', count: 2 },
      ]);
    });
  });
  describe('nothing to count', () => {
    it('is empty', () => {
      expect(topDocuments([], 10)).toEqual([]);
    });
  });
});
