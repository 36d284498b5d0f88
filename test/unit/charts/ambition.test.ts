import { describe, expect, it } from 'vitest';
import { AMBITION, ambition, ambitionLayout, ambitionRows, medianRate } from '../../../src/charts/ambition';
import { indicator, indicators } from './records';

describe('ambition: (target − baseline) / baseline / (target FY − baseline FY)', () => {
  describe('for a number target with both values and years', () => {
    it('観光入込客数 76万人 (H30) → 90万人 (FY2024, 001 line 241): +18.4 % over 6 years, +3.07 % a year', () => {
      const result = ambition(indicator('012360-g2-strategy-L241'));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.years).toBe(6);
      expect(result.change).toBeCloseTo(14 / 76);
      expect(result.rate).toBeCloseTo(14 / 76 / 6);
    });

    it('潜在的待機児童数 11名 (H31) → 0名 (FY2024, 001 line 465): −100 % over 5 years, −20 % a year', () => {
      const result = ambition(indicator('012360-g2-strategy-L465'));
      expect(result).toEqual({ ok: true, rate: -0.2, years: 5, change: -1 });
    });

    it('年間観光客数 1,044千人 (R5) → 2,380千人 (FY2025, 004 line 248): +64 % a year', () => {
      const result = ambition(indicator('032069-action-plan-2021-L248'));
      expect(result.ok && result.rate).toBeCloseTo((2380 - 1044) / 1044 / 2);
    });
  });

  describe('leaves a target out', () => {
    it('when it is not a number: 出生数 →200～220人 is a range (000 line 764)', () => {
      expect(ambition(indicator('012360-g3-draft-summary-L764'))).toEqual({ ok: false, reason: 'not-number' });
    });
    it('when the baseline has no year: 観光入込客数 544千人 (北本市, 002 line 331)', () => {
      expect(ambition(indicator('112330-g2-strategy-slides-L331'))).toEqual({ ok: false, reason: 'no-years' });
    });
    it('when the baseline is zero: 導入学校数 0校 → 3校 (003 line 186)', () => {
      expect(ambition(indicator('012165-g2-revision-2024-L186'))).toEqual({ ok: false, reason: 'baseline-not-positive' });
    });
    it('when a value is missing', () => {
      const base = indicator('012360-g2-strategy-L241');
      expect(ambition({ ...base, target: { ...base.target, value: null } })).toEqual({ ok: false, reason: 'no-values' });
    });
    it('when the target year is not after the baseline year', () => {
      const base = indicator('012360-g2-strategy-L241');
      expect(ambition({ ...base, target: { ...base.target, fiscalYear: 2018 } })).toEqual({ ok: false, reason: 'no-years' });
    });
  });
});

describe('ambitionRows', () => {
  const childcare = indicators.filter((i) => i.themes.includes('childcare'));
  const { rows, excluded } = ambitionRows(childcare);

  it('orders the targets most ambitious first', () => {
    const rates = rows.map((r) => r.rate);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(rows.at(-1)!.indicator.id).toBe('012360-g2-strategy-L465');
  });

  it('counts every target it leaves out, by reason', () => {
    const total = Object.values(excluded).reduce((a, b) => a + b, 0);
    expect(rows.length + total).toBe(childcare.length);
    expect(excluded['not-number']).toBeGreaterThan(0);
  });

  it('has a median', () => {
    expect(medianRate(rows)).not.toBeNull();
    expect(medianRate([])).toBeNull();
  });
});

describe('ambitionLayout', () => {
  const { rows } = ambitionRows([indicator('012360-g2-strategy-L241'), indicator('012360-g2-strategy-L465')]);
  const g = ambitionLayout(rows);

  it('always has zero on the axis', () => {
    expect(g.x.domain()[0]).toBeLessThanOrEqual(-0.2);
    expect(g.x.domain()[1]).toBeGreaterThanOrEqual(14 / 76 / 6);
    expect(g.zeroX).toBeCloseTo(g.x(0));
  });

  it('grows a bar right of zero for a rise and left of it for a fall', () => {
    const [rise, fall] = g.rows;
    expect(rise!.barX).toBeCloseTo(g.zeroX);
    expect(rise!.barWidth).toBeCloseTo(g.x(rise!.row.rate) - g.zeroX);
    expect(fall!.barX + fall!.barWidth).toBeCloseTo(g.zeroX);
    expect(g.height).toBe(AMBITION.margin.top + 2 * AMBITION.rowHeight + AMBITION.margin.bottom);
  });
});
