import { describe, expect, it } from 'vitest';
import { formatBaseline } from '../../../src/lib/formatBaseline';
import { formatTarget } from '../../../src/lib/formatTarget';
import type { Target } from '../../../src/schemas/indicator';

/** A target in a unit without scale word (base values equal the written ones); formatting reads only the written ones. */
const target = (fields: Partial<Target>): Target => ({
  kind: 'number',
  value: null,
  valueBase: fields.value ?? null,
  valueMax: null,
  valueMaxBase: fields.valueMax ?? null,
  period: null,
  fiscalYear: null,
  impliedByPlanPeriod: false,
  perYear: null,
  perYearBase: fields.perYear ?? null,
  years: null,
  note: null,
  basis: 'total',
  ...fields,
});

describe('formatTarget', () => {
  describe('a number (企業立地数 目標数値 50社, 001_… line 214)', () => {
    it('gives the value with its unit as written', () => {
      expect(formatTarget(target({ value: 50 }), '社', 'ja')).toBe('50社');
      expect(formatTarget(target({ value: 17200 }), '人', 'en')).toBe('17,200人');
    });
  });

  describe('a range (出生数 200～220人, 000_… line 764)', () => {
    it('joins both ends with a wave dash', () => {
      expect(formatTarget(target({ kind: 'range', value: 200, valueMax: 220 }), '人', 'ja')).toBe('200～220人');
    });
  });

  describe('a direction only', () => {
    it('says ↑ / ↓ in words', () => {
      expect(formatTarget(target({ kind: 'increase' }), '件', 'ja')).toBe('↑ 増加');
      expect(formatTarget(target({ kind: 'decrease' }), '件', 'en')).toBe('↓ decrease');
    });
  });

  describe('maintain and zero balance', () => {
    it('names the kind', () => {
      expect(formatTarget(target({ kind: 'maintain' }), '%', 'ja')).toBe('維持');
      expect(formatTarget(target({ kind: 'zero-balance' }), '人', 'ja')).toBe('均衡（±0）');
    });
  });

  describe('a qualitative target (ゼロカーボンシティの推進, 003_… line 392)', () => {
    it('shows the note as the target', () => {
      const qualitative = target({ kind: 'qualitative', note: '2024年度(令和6年度)中の計画策定' });
      expect(formatTarget(qualitative, '', 'en')).toBe('2024年度(令和6年度)中の計画策定');
    });
  });

  describe('a cumulative target (新規開発特産品数 50品 = 10品/年 × 5年, 001_… line 291)', () => {
    it('adds the per-year form to the total', () => {
      expect(formatTarget(target({ value: 50, perYear: 10, years: 5 }), '品', 'ja')).toBe('50品（10品／年 × 5年）');
    });

    it('gives the per-year form alone when no total is stated', () => {
      expect(formatTarget(target({ perYear: 100, years: 5 }), '人', 'en')).toBe('100人 a year × 5 years');
    });
  });

  describe('a number without a value', () => {
    it('says it is not stated', () => {
      expect(formatTarget(target({}), '人', 'ja')).toBe('記載なし');
    });
  });
});

describe('formatBaseline', () => {
  it('gives the value and unit (観光入込客数 76万人 H30)', () => {
    expect(formatBaseline({ value: 76, valueBase: 760000, period: 'H30', fiscalYear: 2018, note: null }, '万人', 'ja')).toBe('76万人');
  });

  it('keeps decimals and signs as written (合計特殊出生率 1.33, 社会動態 △55人)', () => {
    expect(formatBaseline({ value: 1.33, valueBase: 1.33, period: null, fiscalYear: null, note: null }, '', 'ja')).toBe('1.33');
    expect(formatBaseline({ value: -55, valueBase: -55, period: 'H30', fiscalYear: 2018, note: null }, '人', 'ja')).toBe('-55人');
  });

  it('says so when no value is given (未策定)', () => {
    expect(formatBaseline({ value: null, valueBase: null, period: 'R4', fiscalYear: 2022, note: '未策定' }, '', 'en')).toBe('not stated');
  });
});
