import { describe, expect, it } from 'vitest';
import { splitUnit } from '../../../scripts/eval/splitUnit';

describe('splitUnit', () => {
  it('splits a scale word off the unit', () => {
    expect(splitUnit('万人')).toEqual({ factor: 1e4, base: '人' });
    expect(splitUnit('千円')).toEqual({ factor: 1e3, base: '円' });
    expect(splitUnit('万円/年')).toEqual({ factor: 1e4, base: '円/年' });
    expect(splitUnit('億円')).toEqual({ factor: 1e8, base: '円' });
  });
  it('takes the longest scale word (百万円 is 10⁶ 円, not 百 of 万円)', () => {
    expect(splitUnit('百万円')).toEqual({ factor: 1e6, base: '円' });
  });
  it('leaves a unit with no scale word as it is, after NFKC', () => {
    expect(splitUnit('人')).toEqual({ factor: 1, base: '人' });
    expect(splitUnit('％')).toEqual({ factor: 1, base: '%' });
  });
  it('reads null (the gold) and empty (the extractor) as no unit', () => {
    expect(splitUnit(null)).toEqual({ factor: 1, base: '' });
    expect(splitUnit('')).toEqual({ factor: 1, base: '' });
  });
});
