import { describe, expect, it } from 'vitest';
import { normalizeForSearch, normalizeWithMap, toOriginalRange } from '../../../src/lib/search/normalize';
import { queryTerms } from '../../../src/lib/search/terms';

describe('normalizeForSearch', () => {
  describe('width (NFKC)', () => {
    it('turns full-width letters and digits into ASCII, lower case', () => {
      expect(normalizeForSearch('ＤＸ推進')).toBe('dx推進');
      expect(normalizeForSearch('３，９０８件')).toBe('3,908件');
    });
    it('turns half-width katakana into full-width, voicing marks joined', () => {
      expect(normalizeForSearch('ｶﾞｯｺｳ')).toBe('がっこう');
    });
  });
  describe('kana', () => {
    it('folds katakana into hiragana, so アプリ and あぷり match', () => {
      expect(normalizeForSearch('子育てアプリ')).toBe(normalizeForSearch('子育てあぷり'));
      expect(normalizeForSearch('ホクト')).toBe('ほくと');
    });
    it('keeps the long-vowel mark and kanji as they are', () => {
      expect(normalizeForSearch('テレワーク')).toBe('てれわーく');
      expect(normalizeForSearch('北斗市')).toBe('北斗市');
    });
  });
  describe('spaces', () => {
    it('collapses ideographic and ASCII spaces into one and trims', () => {
      expect(normalizeForSearch('　北斗　 子育て ')).toBe('北斗 子育て');
    });
  });
});

describe('normalizeWithMap', () => {
  it('maps every normalized unit back to the original, across width changes', () => {
    const n = normalizeWithMap('㈱ｶﾞ移住');
    expect(n.text).toBe('(株)が移住');
    expect(toOriginalRange(n, [3, 3])).toEqual([1, 3]);
    expect(toOriginalRange(n, [4, 5])).toEqual([3, 5]);
  });
});

describe('queryTerms', () => {
  it('splits on any space, normalizes and drops repeated terms', () => {
    expect(queryTerms('  北斗　子育てアプリ 北斗 ')).toEqual(['北斗', '子育てあぷり']);
  });
  it('gives no term for a blank query', () => {
    expect(queryTerms(' 　')).toEqual([]);
  });
});

describe('the fast and the mapped normalization', () => {
  it('agree on every text of the real records (so highlights land where matches were found)', async () => {
    const { searchRecords } = await import('../../../src/lib/search/searchRecords');
    const { realContent } = await import('../../fixtures/search/realIndex');
    const texts = searchRecords(realContent).flatMap((r) => [r.title, ...r.details]);
    const cities = realContent.municipalities.flatMap((m) => [m.name, m.kana, m.prefecture]);
    for (const text of [...texts, ...cities, '　ｶﾞｯｺｳ ＤＸ ㈱ ① ヴ ']) expect(normalizeForSearch(text)).toBe(normalizeWithMap(text).text);
  });
});
