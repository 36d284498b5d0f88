import { describe, expect, it } from 'vitest';
import { allowedEdits, bigramsOf, pickBigrams, requiredBigrams } from '../../../src/lib/search/bigrams';

describe('bigramsOf', () => {
  it('lists distinct bigrams that do not span a space', () => {
    expect(bigramsOf('子育て あぷり')).toEqual(['子育', '育て', 'あぷ', 'ぷり']);
    expect(bigramsOf('いいいい')).toEqual(['いい']);
  });
  it('has none for one character', () => {
    expect(bigramsOf('子')).toEqual([]);
  });
});

describe('typo tolerance', () => {
  describe('short terms (two or three characters)', () => {
    it('must match exactly: every bigram required', () => {
      expect(allowedEdits('dx')).toBe(0);
      expect(requiredBigrams('移住', 1)).toBe(1);
      expect(requiredBigrams('空き家', 2)).toBe(2);
    });
  });
  describe('longer terms', () => {
    it('allow one edit from four characters, so one substitution (two bigrams) is forgiven', () => {
      expect(requiredBigrams('子育てあぷる', 5)).toBe(3);
    });
    it('allow two edits from eight characters, keeping at least half the bigrams', () => {
      expect(allowedEdits('まいなんばーかーど交付率')).toBe(2);
      expect(requiredBigrams('まいなんばーかーど交付率', 6)).toBe(3);
    });
  });
});

describe('pickBigrams', () => {
  it('keeps every bigram of a short term', () => {
    expect(pickBigrams('子育てあぷり')).toEqual(['子育', '育て', 'てあ', 'あぷ', 'ぷり']);
  });
  it('keeps the six rarest of a long term, in their order in the term', () => {
    const frequent = new Map([['の移', 900], ['移住', 500], ['する', 800]]);
    const picked = pickBigrams('子育て世代の移住定住を促進する', (b) => frequent.get(b) ?? 0);
    expect(picked).toHaveLength(6);
    expect(picked).not.toContain('の移');
    expect(picked).toEqual(['子育', '育て', 'て世', '世代', '代の', '住定']);
  });
});
