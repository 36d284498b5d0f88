import { describe, expect, it } from 'vitest';
import { DUMBBELL, directionCounts, dumbbellLayout, dumbbellPanels, dumbbellRow, perThousandPanel, targetDirection, targetSpan } from '../../../src/charts/dumbbell';
import { indicator, indicators } from './records';

describe('targetSpan', () => {
  it('is one point for a number: 企業立地数 目標数値 50社 (001 line 214)', () => {
    expect(targetSpan(indicator('012360-g2-strategy-L214').target, 31)).toEqual({ low: 50, high: 50 });
  });
  it('is both bounds for a range: 出生数 →200～220人 (000 line 764)', () => {
    expect(targetSpan(indicator('012360-g3-draft-summary-L764').target, 187)).toEqual({ low: 200, high: 220 });
  });
  it('is zero for a balance: 社会動態の均衡 目標数値 均衡 (001 line 302)', () => {
    expect(targetSpan(indicator('012360-g2-strategy-L302').target, -55)).toEqual({ low: 0, high: 0 });
  });
  it('is the baseline for 維持 without a value: アプリ利用率 96% (003 line 344)', () => {
    expect(targetSpan(indicator('012165-g2-revision-2024-L344').target, 96)).toEqual({ low: 96, high: 96 });
  });
  it('is nothing for a qualitative target: 不登校出現率(小学校) (004 line 97)', () => {
    expect(targetSpan(indicator('032069-action-plan-2021-L97').target, 0.54)).toBeNull();
  });
});

describe('targetDirection', () => {
  it('is up when the target is above the baseline (31 → 50)', () => {
    expect(targetDirection('number', 31, { low: 50, high: 50 })).toBe('up');
  });
  it('is down when the target is below: 潜在的待機児童数 11名 → 0名 (001 line 465)', () => {
    expect(targetDirection('number', 11, { low: 0, high: 0 })).toBe('down');
  });
  it('is up towards a balance from a loss: △55人 → 均衡', () => {
    expect(targetDirection('zero-balance', -55, { low: 0, high: 0 })).toBe('up');
  });
  it('is hold for 維持 and when the baseline lies inside a range', () => {
    expect(targetDirection('maintain', 6.6, { low: 6.6, high: 6.6 })).toBe('hold');
    expect(targetDirection('range', 210, { low: 200, high: 220 })).toBe('hold');
  });
  it('is unknown without a baseline', () => {
    expect(targetDirection('number', null, { low: 500, high: 500 })).toBeNull();
  });
  it('comes from the kind for ↑ and ↓', () => {
    expect(targetDirection('increase', null, null)).toBe('up');
    expect(targetDirection('decrease', null, null)).toBe('down');
  });
});

describe('dumbbellPanels', () => {
  describe('for a family written with different scale words: 観光入込客数', () => {
    // 北斗市 76万人 → 90万人 (001 line 241); 北上市 1,044千人 → 2,380千人 (004 line 248); 北本市 544千人 → 820千人 (002 line 331).
    const panels = dumbbellPanels(indicators.filter((i) => i.family === 'tourist-visits'));

    it('puts 万人 and 千人 on one axis in 人, values in persons', () => {
      expect(panels.map((p) => p.unit)).toEqual(['人']);
      expect(panels[0]!.rows.map((r) => [r.municipality, r.unit, r.baseline, r.target])).toEqual([
        ['012360', '万人', 760_000, { low: 900_000, high: 900_000 }],
        ['032069', '千人', 1_044_000, { low: 2_380_000, high: 2_380_000 }],
        ['112330', '千人', 544_000, { low: 820_000, high: 820_000 }],
      ]);
    });

    it('counts three rising targets', () => {
      expect(directionCounts(panels)).toEqual({ up: 3, down: 0, hold: 0, unknown: 0 });
    });
  });

  describe('for persons written as 名 and as 人: 待機児童数', () => {
    // 北斗市 潜在的待機児童数 11名 → 0名 (001 line 465); 北本市 保育所(園)待機児童数 29人 → 0人 (002 line 365).
    const panels = dumbbellPanels(indicators.filter((i) => i.family === 'waiting-list-children'));
    it('shares one axis in 人', () => {
      expect(panels.map((p) => p.unit)).toEqual(['人']);
      expect(panels[0]!.rows.map((r) => `${r.municipality} ${r.unit} ${r.baseline}`)).toEqual(['012360 名 11', '112330 人 29']);
    });
  });

  describe('for a count and a share in one family: スポーツ団体・クラブ (団体, 人)', () => {
    const panels = dumbbellPanels(indicators.filter((i) => i.family === 'sports-participation'));
    it('keeps different base units on different axes', () => {
      expect(panels.length).toBeGreaterThan(1);
      expect(new Set(panels.map((p) => p.unit)).size).toBe(panels.length);
    });
  });

  describe('for a family in one unit: 出生数', () => {
    const panels = dumbbellPanels(indicators.filter((i) => i.family === 'births'));
    it('puts every city on one axis, in city order', () => {
      expect(panels).toHaveLength(1);
      expect(panels[0]!.rows.map((r) => `${r.municipality} ${r.baseline}`)).toEqual(['012360 187', '112330 340']);
    });
  });

  it('leaves out indicators with neither a baseline nor a target value: 関係人口 (001 line 410)', () => {
    expect(dumbbellPanels([indicator('012360-g2-strategy-L410')])).toEqual([]);
  });
});

describe('dumbbellLayout', () => {
  const panel = dumbbellPanels(indicators.filter((i) => i.family === 'births'))[0]!;
  const g = dumbbellLayout(panel);

  it('folds the margins into the x range', () => {
    expect(g.x.range()).toEqual([DUMBBELL.margin.left, DUMBBELL.width - DUMBBELL.margin.right]);
    expect(g.x.domain()).toEqual([0, 400]);
  });

  it('stacks one row per indicator below the axis', () => {
    expect(g.rows.map((r) => r.y)).toEqual([DUMBBELL.margin.top, DUMBBELL.margin.top + DUMBBELL.rowHeight]);
    expect(g.height).toBe(DUMBBELL.margin.top + 2 * DUMBBELL.rowHeight + DUMBBELL.margin.bottom);
  });

  it('places baseline and both ends of a range', () => {
    const hokuto = g.rows[0]!;
    expect(hokuto.baselineX).toBeCloseTo(g.x(187));
    expect(hokuto.targetLowX).toBeCloseTo(g.x(200));
    expect(hokuto.targetHighX).toBeCloseTo(g.x(220));
  });
});

describe('dumbbellRow', () => {
  it('keeps the unit as written and the years, with values in the base unit: 76万人 (H30) → 90万人', () => {
    const row = dumbbellRow(indicator('012360-g2-strategy-L241'));
    expect(row).toMatchObject({ unit: '万人', unitBase: '人', baseline: 760_000, target: { low: 900_000, high: 900_000 }, baselineFy: 2018, targetFy: 2024, direction: 'up' });
  });
});

describe('perThousandPanel', () => {
  const [panel] = dumbbellPanels(indicators.filter((i) => i.family === 'tourist-visits'));
  // Census 2020 preliminary counts (content/municipalities.json): 北斗市 44,331; 北上市 93,089; 北本市 65,228.
  const population: Record<string, number> = { '012360': 44_331, '032069': 93_089, '112330': 65_228 };

  describe('with every town’s population', () => {
    const per = perThousandPanel(panel!, (code) => population[code]);
    it('divides baseline and target by population / 1,000: 北斗市 760,000人 over 44.331 thousand residents', () => {
      const hokuto = per.rows[0]!;
      expect(hokuto.baseline).toBeCloseTo(760_000 / 44.331);
      expect(hokuto.target!.low).toBeCloseTo(900_000 / 44.331);
      expect(per.rows[2]!.baseline).toBeCloseTo(544_000 / 65.228);
    });
    it('keeps the axis unit and the rows\' years', () => {
      expect(per.unit).toBe('人');
      expect(per.rows.map((r) => [r.baselineFy, r.targetFy])).toEqual(panel!.rows.map((r) => [r.baselineFy, r.targetFy]));
    });
  });

  describe('when a town has no population', () => {
    it('leaves its row out rather than dividing by nothing', () => {
      const per = perThousandPanel(panel!, (code) => (code === '032069' ? undefined : population[code]));
      expect(per.rows.map((r) => r.municipality)).toEqual(['012360', '112330']);
    });
  });
});
