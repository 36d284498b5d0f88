import { describe, expect, it } from 'vitest';
import { bigrams, dice, nameSimilarity, NAME_THRESHOLD } from '../../../scripts/eval/nameSimilarity';

describe('bigrams', () => {
  it('counts each adjacent pair, repeated pairs included', () => {
    expect(bigrams('出生数')).toEqual(new Map([['出生', 1], ['生数', 1]]));
    expect(bigrams('ああああ')).toEqual(new Map([['ああ', 3]]));
  });
  it('has none for one character', () => {
    expect(bigrams('率').size).toBe(0);
  });
});

describe('dice', () => {
  it('is 2·shared / total over bigram multisets', () => {
    // {出生, 生数} vs {出生, 生率}: 1 shared of 4 → 0.5
    expect(dice('出生数', '出生率')).toBe(0.5);
    // {転入, 入者, 者数} vs {転出, 出者, 者数}: 1 shared of 6
    expect(dice('転入者数', '転出者数')).toBeCloseTo(1 / 3, 10);
    // {ああ×3} vs {ああ×1}: min(3, 1) = 1 shared of 4
    expect(dice('ああああ', 'ああ')).toBe(0.5);
  });
  it('is 1 for equal texts and 0 for two empty ones', () => {
    expect(dice('率', '率')).toBe(1);
    expect(dice('', '')).toBe(0);
  });
});

describe('nameSimilarity', () => {
  describe('names that differ only in writing', () => {
    it('is 1 once markers, spaces and ※ are removed', () => {
      expect(nameSimilarity('① 刑法犯罪 発生件数', '刑法犯罪発生件数')).toBe(1);
      expect(nameSimilarity('転出超過数※', '転出超過数')).toBe(1);
    });
  });
  describe('one name containing the other', () => {
    it('reaches the threshold even when Dice is low (来場者数 in B-1グランプリ来場者数: Dice 6/14)', () => {
      expect(dice('来場者数', 'B-1グランプリ来場者数')).toBeCloseTo(6 / 14, 10);
      expect(nameSimilarity('来場者数', '①B-1グランプリ来場者数')).toBe(NAME_THRESHOLD);
    });
    it('keeps Dice when it is higher (10 of 10 and 15 bigrams → 0.8)', () => {
      expect(nameSimilarity('市スポーツ施設利用者数', '市スポーツ施設利用者数(単年度)')).toBeCloseTo(0.8, 10);
    });
    it('does not count one character as contained', () => {
      expect(nameSimilarity('率', '合計特殊出生率')).toBe(0);
    });
  });
  describe('different indicators', () => {
    it('stay below the threshold', () => {
      expect(nameSimilarity('出生数', '出生率')).toBeLessThan(NAME_THRESHOLD);
      expect(nameSimilarity('刑法犯罪発生件数', '刑法犯認知件数')).toBeLessThan(NAME_THRESHOLD);
      expect(nameSimilarity('転入者数', '転出者数')).toBeLessThan(NAME_THRESHOLD);
    });
  });
});
