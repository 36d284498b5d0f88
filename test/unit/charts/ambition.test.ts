import { describe, expect, it } from 'vitest';
import { AMBITION, ambition, ambitionGroups, ambitionLayout, unusualBaselines } from '../../../src/charts/ambition';
import { indicator, indicators } from './records';

describe('ambition: (target − baseline) / baseline / (target FY − baseline FY)', () => {
  describe('for a number target with both values and years', () => {
    it('観光入込客数 76万人 (H30) → 90万人 (FY2024, 001 line 241): +18.4 % over 6 years, +3.07 % a year, from base values', () => {
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
      expect(ambition({ ...base, target: { ...base.target, value: null, valueBase: null } })).toEqual({ ok: false, reason: 'no-values' });
    });
    it('when the target is cumulative: 新規就農者数 5人 (R1) → 20人（累計） (004 line 334)', () => {
      expect(ambition(indicator('032069-action-plan-2021-L334'))).toEqual({ ok: false, reason: 'cumulative' });
    });
    it('when the target year is not after the baseline year', () => {
      const base = indicator('012360-g2-strategy-L241');
      expect(ambition({ ...base, target: { ...base.target, fiscalYear: 2018 } })).toEqual({ ok: false, reason: 'no-years' });
    });
  });
});

describe('unusualBaselines', () => {
  it('marks a year fewer targets start from than the most common one', () => {
    expect(unusualBaselines([2018, 2018, 2023])).toEqual([false, false, true]);
  });
  it('marks every year when all differ', () => {
    expect(unusualBaselines([2018, 2023])).toEqual([true, true]);
  });
  it('marks none when all agree, or for one target', () => {
    expect(unusualBaselines([2019, 2019])).toEqual([false, false]);
    expect(unusualBaselines([2019])).toEqual([false]);
  });
});

describe('ambitionGroups', () => {
  describe('over the tourism theme', () => {
    const tourism = indicators.filter((i) => i.themes.includes('tourism'));
    const { groups, excluded } = ambitionGroups(tourism);

    it('compares only within one family and base unit', () => {
      for (const g of groups) {
        expect(new Set(g.rows.map((r) => r.indicator.family))).toEqual(new Set([g.family]));
        expect(new Set(g.rows.map((r) => r.indicator.unitBase))).toEqual(new Set([g.unitBase]));
      }
    });

    it('puts 北斗市 76万人 (H30 → FY2024) and 北上市 1,044千人 (R5 → FY2025) in one 人 group, both years on each row', () => {
      const visits = groups.find((g) => g.family === 'tourist-visits')!;
      expect(visits.unitBase).toBe('人');
      expect(visits.rows.map((r) => [r.indicator.municipality, r.baselineFy, r.targetFy])).toEqual([
        ['032069', 2023, 2025],
        ['012360', 2018, 2024],
      ]);
    });

    it('notes that their baseline years differ (2018 vs 2023)', () => {
      const visits = groups.find((g) => g.family === 'tourist-visits')!;
      expect(visits.rows.map((r) => [r.unusualBaseline, r.otherBaselineFys])).toEqual([
        [true, [2018]],
        [true, [2023]],
      ]);
    });

    it('lists every target it leaves out with its reason: 北本市 544千人 has no years; 産業観光客数 is in no family', () => {
      const shown = groups.reduce((n, g) => n + g.rows.length, 0);
      expect(shown + excluded.length).toBe(tourism.length);
      const reason = (id: string) => excluded.find((e) => e.indicator.id === id)?.reason;
      expect(reason('112330-g2-strategy-slides-L331')).toBe('no-years');
      expect(reason('032069-action-plan-2021-L249')).toBe('no-family');
    });
  });

  describe('over the childcare theme', () => {
    const { groups } = ambitionGroups(indicators.filter((i) => i.themes.includes('childcare')));
    it('orders each group most ambitious first', () => {
      for (const g of groups) {
        const rates = g.rows.map((r) => r.rate);
        expect(rates).toEqual([...rates].sort((a, b) => b - a));
      }
    });
    it('orders groups as the family vocabulary does, never one ranking across families', () => {
      const families = groups.map((g) => g.family);
      expect(families.indexOf('total-fertility-rate')).toBeLessThan(families.indexOf('waiting-list-children'));
    });
  });
});

describe('ambitionLayout', () => {
  const { groups } = ambitionGroups([indicator('012360-g2-strategy-L241'), indicator('032069-action-plan-2021-L248')]);
  const rows = groups[0]!.rows;
  const g = ambitionLayout(rows);

  it('always has zero on the axis', () => {
    expect(g.x.domain()[0]).toBeLessThanOrEqual(0);
    expect(g.x.domain()[1]).toBeGreaterThanOrEqual((2380 - 1044) / 1044 / 2);
    expect(g.zeroX).toBeCloseTo(g.x(0));
  });

  it('grows a bar right of zero for a rise', () => {
    for (const placed of g.rows) {
      expect(placed.barX).toBeCloseTo(g.zeroX);
      expect(placed.barWidth).toBeCloseTo(g.x(placed.row.rate) - g.zeroX);
    }
    expect(g.height).toBe(AMBITION.margin.top + 2 * AMBITION.rowHeight + AMBITION.margin.bottom);
  });

  it('grows a bar left of zero for a fall: 潜在的待機児童数 11名 → 0名 (001 line 465)', () => {
    const layout = ambitionLayout(ambitionGroups([indicator('012360-g2-strategy-L465')]).groups[0]!.rows);
    const fall = layout.rows[0]!;
    expect(fall.row.rate).toBeCloseTo(-0.2);
    expect(fall.barX).toBeCloseTo(layout.x(-0.2));
    expect(fall.barX + fall.barWidth).toBeCloseTo(layout.zeroX);
  });
});
