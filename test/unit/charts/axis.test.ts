import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { linearTicks, valueDomain } from '../../../src/charts/axis';

describe('valueDomain', () => {
  describe('when the values lie near zero on one side', () => {
    it('starts at zero: 出生数 187, 200, 220 (北斗市) and 340, 380 (北本市) → [0, 400]', () => {
      expect(valueDomain([187, 200, 220, 340, 380])).toEqual([0, 400]);
    });
    it('ends at zero for negative values: 社会動態 △55人 → 均衡 → [-60, 0]', () => {
      expect(valueDomain([-55, 0])).toEqual([-60, 0]);
    });
  });

  describe('when every value is far from zero', () => {
    it('fits the extent with room: 観光入込客数 76万人 → 90万人 → [74, 92]', () => {
      expect(valueDomain([76, 90])).toEqual([74, 92]);
    });
    it('fits 住民基本台帳人口 46,302 → 44,200', () => {
      const [lo, hi] = valueDomain([46302, 44200]);
      expect(lo).toBeLessThan(44200);
      expect(lo).toBeGreaterThan(40000);
      expect(hi).toBeGreaterThan(46302);
    });
  });

  describe('with a single value', () => {
    it('draws it from zero: 路線バス乗車密度 6.6 → 維持 → [0, 7]', () => {
      expect(valueDomain([6.6])).toEqual([0, 7]);
    });
    it('gives zero alone a unit of room', () => {
      const [lo, hi] = valueDomain([0]);
      expect(lo).toBe(0);
      expect(hi).toBeGreaterThan(0);
    });
    it('gives no values a unit domain', () => {
      expect(valueDomain([])).toEqual([0, 1]);
    });
  });
});

describe('linearTicks', () => {
  it('labels round steps with their positions', () => {
    const ticks = linearTicks(scaleLinear([0, 400], [0, 400]), 5);
    expect(ticks.map((t) => t.value)).toEqual([0, 100, 200, 300, 400]);
    expect(ticks.map((t) => t.position)).toEqual([0, 100, 200, 300, 400]);
    expect(ticks.map((t) => t.label)).toEqual(['0', '100', '200', '300', '400']);
  });
  it('groups thousands in labels', () => {
    expect(linearTicks(scaleLinear([0, 2500], [0, 1]), 5).map((t) => t.label)).toContain('2,000');
  });
});
