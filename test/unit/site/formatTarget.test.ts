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
      expect(formatTarget(target({ value: 17200 }), '人', 'en')).toBe('17,200 people');
    });
  });

  describe('a range (出生数 200～220人, 000_… line 764)', () => {
    it('joins both ends with a wave dash', () => {
      expect(formatTarget(target({ kind: 'range', value: 200, valueMax: 220 }), '人', 'ja')).toBe('200～220人');
    });
    it('joins them with an en dash in English', () => {
      expect(formatTarget(target({ kind: 'range', value: 200, valueMax: 220 }), '人', 'en')).toBe('200–220 people');
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
      expect(formatTarget(target({ perYear: 100, years: 5 }), '人', 'en')).toBe('100 people a year × 5 years');
    });
  });

  describe('with its qualifiers next to the number', () => {
    it('says a per-year amount: 職業訓練施設等での資格取得者延べ人数 年760人 (004 line 336)', () => {
      expect(formatTarget(target({ value: 760, perYear: 760, basis: 'per-year' }), '人', 'ja')).toBe('年760人');
      expect(formatTarget(target({ value: 760, perYear: 760, basis: 'per-year' }), '人', 'en')).toBe('760 people a year');
    });
    it('leaves 年 out when the unit says it (350人/年)', () => {
      expect(formatTarget(target({ value: 350, basis: 'per-year' }), '人/年', 'ja')).toBe('350人/年');
    });
    it('says a cumulative total: 新規就農者数 20人（累計） (004 line 334)', () => {
      expect(formatTarget(target({ value: 20, note: '累計', basis: 'cumulative' }), '人', 'ja')).toBe('20人（累計）');
      expect(formatTarget(target({ value: 20, note: '累計', basis: 'cumulative' }), '人', 'en')).toBe('20 people (cumulative)');
    });
    it('does not say 累計 twice when the per-year form is given', () => {
      expect(formatTarget(target({ value: 50, perYear: 10, years: 5, basis: 'cumulative' }), '品', 'ja')).toBe('50品（10品／年 × 5年）');
    });
    it('says an approximate value: 道南いさりび鉄道利用人数 約2,000人 (001 line 619)', () => {
      expect(formatTarget(target({ value: 2000, note: '約' }), '人', 'ja')).toBe('約2,000人');
      expect(formatTarget(target({ value: 2000, note: '約' }), '人', 'en')).toBe('about 2,000 people');
    });
    it('says a bound: 交通事故件数 10,000件未満', () => {
      expect(formatTarget(target({ value: 10000, note: '未満' }), '件', 'ja')).toBe('10,000件未満');
      expect(formatTarget(target({ value: 10000, note: '未満' }), '件', 'en')).toBe('< 10,000 cases');
    });
    it('gives a level as written: 結婚率 北海道水準(H29) 4.5‰ (001 line 530)', () => {
      expect(formatTarget(target({ value: 4.5, note: '北海道水準(H29)' }), '‰', 'ja')).toBe('4.5‰（北海道水準(H29)）');
      expect(formatTarget(target({ value: 4.5, note: '北海道水準(H29)' }), '‰', 'en')).toBe('4.5‰ (北海道水準(H29))');
    });
    it('joins several qualifiers: 約 and 以上', () => {
      expect(formatTarget(target({ value: 300, note: '約・以上' }), '人', 'ja')).toBe('約300人以上');
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

  it('says so when no value is given, with the note (未策定)', () => {
    expect(formatBaseline({ value: null, valueBase: null, period: 'R4', fiscalYear: 2022, note: '未策定' }, '', 'en')).toBe('not stated (未策定)');
    expect(formatBaseline({ value: null, valueBase: null, period: null, fiscalYear: null, note: null }, '', 'ja')).toBe('記載なし');
  });

  it('puts its qualifiers next to the number: 約1,800人 (001 line 619), 3名（累計） (004 line 329)', () => {
    expect(formatBaseline({ value: 1800, valueBase: 1800, period: 'H30', fiscalYear: 2018, note: '約' }, '人', 'ja')).toBe('約1,800人');
    expect(formatBaseline({ value: 3, valueBase: 3, period: 'R1', fiscalYear: 2019, note: '累計' }, '名', 'ja')).toBe('3名（累計）');
  });
});
