import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { figureAxisPolicy, includesZero, linearScale, linearTicks, readableTicks, valueDomain } from '../../../src/charts/axis';

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

describe('readableTicks', () => {
  // 観光入込客数 on one axis in 人: 北斗市 760,000 → 900,000, 北上市 1,044,000 → 2,380,000 (001 line 241, 004 line 248).
  const scale = scaleLinear().domain(valueDomain([760_000, 900_000, 1_044_000, 2_380_000, 544_000, 820_000])).range([0, 600]);
  const ticks = linearTicks(scale, 5);

  describe('for values in the hundreds of thousands', () => {
    it('groups by 万 in Japanese', () => {
      expect(readableTicks(ticks, 'ja-JP').map((t) => t.label)).toEqual(ticks.map((t) => (t.value === 0 ? '0' : `${t.value / 10_000}万`)));
    });
    it('uses k and m in English', () => {
      const labels = readableTicks(ticks, 'en-GB').map((t) => t.label);
      expect(labels).toContain('500k');
      expect(labels).toContain('1m');
    });
    it('keeps the positions', () => {
      expect(readableTicks(ticks, 'ja-JP').map((t) => t.position)).toEqual(ticks.map((t) => t.position));
    });
  });

  describe('for small values', () => {
    it('gives the decimals the step needs and a real minus sign: 社会動態 △55人 → 均衡', () => {
      const small = linearTicks(scaleLinear().domain([-60, 0]).range([0, 600]), 5);
      expect(readableTicks(small, 'ja-JP').map((t) => t.label)).toEqual(['−60', '−50', '−40', '−30', '−20', '−10', '0']);
      const rates = linearTicks(scaleLinear().domain([0, 1.5]).range([0, 600]), 5);
      expect(readableTicks(rates, 'en-GB').map((t) => t.label)).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1', '1.2', '1.4']);
    });
    it('groups thousands below 10,000: 5,000', () => {
      const mid = linearTicks(scaleLinear().domain([0, 20_000]).range([0, 600]), 4);
      expect(readableTicks(mid, 'ja-JP').map((t) => t.label)).toEqual(['0', '5,000', '1万', '1.5万', '2万']);
    });
  });
});

describe('figureAxisPolicy', () => {
  it('starts every panel at zero when one panel allows it: [187, 380] and [76, 90]', () => {
    expect(includesZero([76, 90])).toBe(false);
    expect(figureAxisPolicy([[187, 380], [76, 90]])).toBe('zero');
  });
  it('uses each panel’s own range for every panel when none allows zero: [76, 90] and [31, 50]', () => {
    expect(figureAxisPolicy([[76, 90], [31, 50]])).toBe('extent');
  });
  it('is followed by valueDomain: [76, 90] from zero → [0, 100]; [187, 380] over its range → [160, 400]', () => {
    expect(valueDomain([76, 90], 'zero')).toEqual([0, 100]);
    expect(valueDomain([187, 380], 'extent')).toEqual([160, 400]);
  });
});

describe('linearScale', () => {
  it('maps the domain onto the range, as d3-scale’s scaleLinear does', () => {
    const x = linearScale([0, 50], [24, 524]);
    expect([x(0), x(10), x(50)]).toEqual([24, 124, 524]);
    expect(x.ticks(5)).toEqual([0, 10, 20, 30, 40, 50]);
  });
  it('puts every value in the middle of a domain of one value', () => {
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });
});
