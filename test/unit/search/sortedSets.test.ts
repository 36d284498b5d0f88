import { describe, expect, it } from 'vitest';
import { atLeast, deltaDecode, deltaEncode, intersect, lowerBound, range, union } from '../../../src/lib/search/sortedSets';

const list = (...n: number[]) => Int32Array.from(n);
const plain = (a: Int32Array) => [...a];

describe('sorted ordinal sets', () => {
  it('delta-encode and decode a postings list', () => {
    expect(deltaEncode([3, 5, 9, 10])).toEqual([3, 2, 4, 1]);
    expect(plain(deltaDecode([3, 2, 4, 1]))).toEqual([3, 5, 9, 10]);
    expect(plain(deltaDecode([]))).toEqual([]);
  });
  it('intersect two lists', () => {
    expect(plain(intersect(list(1, 3, 5, 7), list(0, 3, 4, 7, 9)))).toEqual([3, 7]);
    expect(plain(intersect(list(1, 2), list()))).toEqual([]);
  });
  it('unite lists, each ordinal once, ascending', () => {
    expect(plain(union([list(5, 9), list(1, 5), list(), list(2)]))).toEqual([1, 2, 5, 9]);
    expect(plain(union([]))).toEqual([]);
  });
  it('list a range, and find where a value would go (to cut a list at a kind\'s first ordinal)', () => {
    expect(plain(range(2, 5))).toEqual([2, 3, 4]);
    expect(plain(range(5, 5))).toEqual([]);
    expect([0, 2, 3, 4, 6, 7].map((v) => lowerBound(list(2, 4, 6), v))).toEqual([0, 0, 1, 1, 2, 3]);
  });
  it('keep the ordinals found in enough lists (a typo breaks some bigrams) and count them', () => {
    // 子育てあぷり's bigrams 子育/育て/てあ/あぷ/ぷり: a record with 4 of the 5 is kept when 3 are required.
    const lists = [list(1, 4, 6), list(1, 4), list(4, 6), list(4), list(2, 6)];
    const { ordinals, counts } = atLeast(lists, 3, 8);
    expect(plain(ordinals)).toEqual([4, 6]);
    expect([counts[1], counts[4], counts[6], counts[2]]).toEqual([2, 4, 3, 1]);
    expect(plain(atLeast([list(3, 7)], 1, 8).ordinals)).toEqual([3, 7]);
  });
});
