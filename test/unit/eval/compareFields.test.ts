import { describe, expect, it } from 'vitest';
import { compareFields, sameValue } from '../../../scripts/eval/compareFields';
import { goldOf, rowOf } from './records';

/** The names of the fields that differ. */
function differing(...args: Parameters<typeof compareFields>) {
  return compareFields(...args).map((d) => d.field);
}

describe('sameValue', () => {
  it('folds the scale in: 76 万 is 760,000', () => {
    expect(sameValue(76, 1e4, 760000, 1)).toBe(true);
    expect(sameValue(76, 1e4, 76, 1)).toBe(false);
  });
  it('ignores rounding in the last bits (1.137343 万 = 11,373.43)', () => {
    expect(sameValue(1.137343, 1e4, 11373.43, 1)).toBe(true);
  });
  it('lets null agree only with null', () => {
    expect(sameValue(null, 1, null, 1e4)).toBe(true);
    expect(sameValue(null, 1, 0, 1)).toBe(false);
  });
});

describe('compareFields', () => {
  it('finds nothing to say about the row the gold describes', () => {
    expect(compareFields(goldOf(), rowOf())).toEqual([]);
  });
  describe('units', () => {
    it('compares 万人 and 人 by value (anjo 227万人 = 2,270,000人)', () => {
      const gold = goldOf({ unit: '万人', baseline: { value: 227, fy: 2014 }, target: { kind: 'number', value: 270, value_max: null, fy: 2026 } });
      const row = rowOf({ unit: '人', baseline: { value: 2270000, fiscalYear: 2014 }, target: { kind: 'number', value: 2700000, valueMax: null, fiscalYear: 2026 } });
      expect(compareFields(gold, row)).toEqual([]);
    });
    it('blames the values when the scale word is dropped but the numbers are kept', () => {
      const gold = goldOf({ unit: '千人', baseline: { value: 2205, fy: 2019 }, target: { kind: 'number', value: 2539, value_max: null, fy: 2026 } });
      const row = rowOf({ unit: '人', baseline: { value: 2205, fiscalYear: 2019 }, target: { kind: 'number', value: 2539, valueMax: null, fiscalYear: 2026 } });
      expect(compareFields(gold, row)).toEqual([
        { field: 'baselineValue', gold: '2205千人', extracted: '2205人' },
        { field: 'targetValue', gold: '2539千人', extracted: '2539人' },
      ]);
    });
    it('takes a gold null unit as the extractor’s empty unit', () => {
      expect(differing(goldOf({ unit: null }), rowOf({ unit: '' }))).toEqual([]);
      expect(compareFields(goldOf({ unit: null }), rowOf({ unit: '人' }))).toEqual([{ field: 'unit', gold: '(none)', extracted: '人' }]);
    });
    it('folds ％ into %', () => {
      expect(differing(goldOf({ unit: '%' }), rowOf({ unit: '％' }))).toEqual([]);
    });
  });
  describe('baseline', () => {
    it('takes a gold null baseline as one with no value and no year', () => {
      expect(differing(goldOf({ baseline: null }), rowOf({ baseline: { value: null, fiscalYear: null } }))).toEqual([]);
      expect(differing(goldOf({ baseline: null }), rowOf({ baseline: { value: 5, fiscalYear: 2019 } }))).toEqual(['baselineValue', 'baselineFy']);
    });
    it('scores value and fiscal year apart', () => {
      expect(compareFields(goldOf(), rowOf({ baseline: { value: 1820, fiscalYear: null } }))).toEqual([{ field: 'baselineFy', gold: '2019', extracted: '-' }]);
    });
  });
  describe('target', () => {
    it('scores kind and fiscal year', () => {
      const row = rowOf({ target: { kind: 'increase', value: null, valueMax: null, fiscalYear: 2021 } });
      expect(differing(goldOf(), row)).toEqual(['targetKind', 'targetValue', 'targetFy']);
    });
    it('counts value_max in the value', () => {
      const gold = goldOf({ target: { kind: 'range', value: 200, value_max: 220, fy: 2026 } });
      const row = rowOf({ target: { kind: 'range', value: 200, valueMax: null, fiscalYear: 2026 } });
      expect(compareFields(gold, row)).toEqual([{ field: 'targetValue', gold: '200人..220人', extracted: '200人' }]);
    });
  });
  describe('level and line', () => {
    it('scores the level', () => {
      expect(differing(goldOf(), rowOf({ level: 'measure' }))).toEqual(['level']);
    });
    it('accepts a line within 2 of the gold line, not 3', () => {
      expect(differing(goldOf({ line: 21 }), rowOf({ source: { line: 19 } }))).toEqual([]);
      expect(differing(goldOf({ line: 21 }), rowOf({ source: { line: 23 } }))).toEqual([]);
      expect(compareFields(goldOf({ line: 21 }), rowOf({ source: { line: 24 } }))).toEqual([{ field: 'line', gold: '21', extracted: '24' }]);
    });
  });
});
