import { describe, expect, it } from 'vitest';
import { excerpt, marksInOriginal, mergeMarks, segments } from '../../../src/lib/search/highlight';

describe('segments', () => {
  it('cuts a text into plain and marked pieces', () => {
    expect(segments('子育てアプリ登録者数', [[0, 6]])).toEqual([
      { text: '子育てアプリ', marked: true },
      { text: '登録者数', marked: false },
    ]);
  });
  it('merges overlapping marks and ignores ranges outside the text', () => {
    expect(mergeMarks([[4, 6], [0, 2], [1, 3]])).toEqual([[0, 3], [4, 6]]);
    expect(segments('移住', [[1, 9]])).toEqual([
      { text: '移', marked: false },
      { text: '住', marked: true },
    ]);
  });
});

describe('marksInOriginal', () => {
  it('maps a match in the normalized text back onto full-width letters', () => {
    expect(marksInOriginal('自治体ＤＸの推進', [[3, 5]])).toEqual([[3, 5]]);
  });
});

describe('excerpt', () => {
  it('keeps a short text whole', () => {
    expect(excerpt('移住の推進', [[0, 2]])).toEqual({ text: '移住の推進', marks: [[0, 2]] });
  });
  it('cuts a long text around the first mark and shifts the marks', () => {
    const text = `${'あ'.repeat(50)}移住${'い'.repeat(50)}`;
    expect(excerpt(text, [[50, 52]], 5)).toEqual({ text: '…あああああ移住いいいいい…', marks: [[6, 8]] });
  });
});
