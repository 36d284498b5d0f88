import { describe, expect, it } from 'vitest';
import { isPerResidentBase } from '../../../src/domain/perResident';
import { formatPerThousand, perThousand } from '../../../src/lib/perResident';
import { byId, indicators } from '../charts/records';

describe('isPerResidentBase', () => {
  describe('for counts of people or things', () => {
    it('is true: 観光入込客数 (人), 企業立地数 (社), 交通事故件数 (件)', () => {
      expect(isPerResidentBase(byId(indicators, '012360-g2-strategy-L241').unitBase, 'tourist-visits')).toBe(true);
      expect(isPerResidentBase('社', 'companies-located')).toBe(true);
      expect(isPerResidentBase('件', 'traffic-accidents')).toBe(true);
    });
  });
  describe('for what is already relative or not a count', () => {
    it('is false for rates, money and the population itself', () => {
      expect(isPerResidentBase('%', 'school-non-attendance')).toBe(false);
      expect(isPerResidentBase('‰', 'marriage-rate')).toBe(false);
      expect(isPerResidentBase('円', 'furusato-donations')).toBe(false);
      expect(isPerResidentBase('人', 'population')).toBe(false);
    });
  });
});

describe('perThousand', () => {
  it('divides by population / 1,000: 北斗市 76万人 = 760,000人 (001 line 241) over 44,331 residents', () => {
    expect(perThousand(760_000, 44_331)).toBeCloseTo(760_000 / 44.331, 6);
    expect(Math.round(perThousand(760_000, 44_331)!)).toBe(17_144);
  });
  it('keeps null', () => {
    expect(perThousand(null, 44_331)).toBeNull();
  });
  it('refuses a population of zero', () => {
    expect(() => perThousand(10, 0)).toThrow(RangeError);
  });
});

describe('formatPerThousand', () => {
  it('gives no decimals from 100 on, one from 10, two below', () => {
    expect(formatPerThousand(760_000 / 44.331, 'ja')).toBe('17,144');
    expect(formatPerThousand(20.3, 'en')).toBe('20.3');
    expect(formatPerThousand(187 / 44.331, 'ja')).toBe('4.22');
  });
});
