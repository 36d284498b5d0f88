import { describe, expect, it } from 'vitest';
import { readUnit } from '../../../src/domain/units';

/** Base unit and scale of a unit as written. */
const read = (unit: string) => {
  const { base, scale, rate } = readUnit(unit);
  return { base, scale, rate };
};

describe('readUnit', () => {
  describe('a scale word before a base unit', () => {
    it('万人 is 10⁴ 人 (001 line 241: 観光入込客数 76 万人 → 90 万人)', () => {
      expect(read('万人')).toEqual({ base: '人', scale: 10_000, rate: false });
      expect(readUnit('万人').exponent).toBe(4);
    });
    it('千人 is 10³ 人 (004 line 248: 年間観光客数 1,044 千人; 002 line 331: ５４４千人)', () => {
      expect(read('千人')).toEqual({ base: '人', scale: 1_000, rate: false });
    });
    it('万円 is 10⁴ 円 and 億円 10⁸ 円 (004 lines 244, 245: 928 万円, 1,376 億円)', () => {
      expect(read('万円')).toEqual({ base: '円', scale: 10_000, rate: false });
      expect(read('億円')).toEqual({ base: '円', scale: 100_000_000, rate: false });
    });
    it('takes the longest scale word: 百万円 is 10⁶ 円, not 百 of 万円; 千万円 is 10⁷ 円, not 千 of 万円', () => {
      expect(read('百万円')).toEqual({ base: '円', scale: 1_000_000, rate: false });
      expect(read('千万円')).toEqual({ base: '円', scale: 10_000_000, rate: false });
      expect(read('千円')).toEqual({ base: '円', scale: 1_000, rate: false });
    });
    it('applies to any base by the same rule: 万人泊, 千件, 千t', () => {
      expect(read('万人泊')).toEqual({ base: '人泊', scale: 10_000, rate: false });
      expect(read('千件')).toEqual({ base: '件', scale: 1_000, rate: false });
      expect(read('千t')).toEqual({ base: 't', scale: 1_000, rate: false });
    });
    it('keeps what follows a slash: 万円/年 is 10⁴ 円/年', () => {
      expect(read('万円/年')).toEqual({ base: '円/年', scale: 10_000, rate: false });
    });
    it('reads a bare scale word as a count with no unit (76万)', () => {
      expect(read('万')).toEqual({ base: '', scale: 10_000, rate: false });
    });
  });

  describe('persons', () => {
    it('名 and 人 are one base unit (001 line 465: 待機児童 11名 → 0名; 002 line 365: ２９人 → ０人)', () => {
      expect(read('名')).toEqual({ base: '人', scale: 1, rate: false });
      expect(read('人')).toEqual({ base: '人', scale: 1, rate: false });
    });
    it('also after a scale word or before a slash (千名, 名/年)', () => {
      expect(read('千名')).toEqual({ base: '人', scale: 1_000, rate: false });
      expect(read('名/年')).toEqual({ base: '人/年', scale: 1, rate: false });
    });
  });

  describe('rates and shares stay as they are', () => {
    it.each(['%', '％', '‰', 'ポイント', '倍'])('%s', (unit) => {
      expect(read(unit)).toEqual({ base: unit, scale: 1, rate: true });
    });
  });

  describe('units it does not know', () => {
    it('are their own base with scale 1 (社, 件, ha, m³, t-CO2, 回/月)', () => {
      for (const unit of ['社', '件', 'ha', 'm³', 't-CO2', '回/月']) expect(read(unit)).toEqual({ base: unit, scale: 1, rate: false });
    });
    it('leave no unit as no unit', () => {
      expect(readUnit('')).toEqual({ written: '', base: '', exponent: 0, scale: 1, rate: false });
    });
  });

  it('keeps the unit as written beside its reading', () => {
    expect(readUnit('万人').written).toBe('万人');
  });
});
