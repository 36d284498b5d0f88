import { describe, expect, it } from 'vitest';
import { busiestCell, cellTotal, THEME_MATRIX, themeCells, themeMatrixLayout } from '../../../src/charts/themeMatrix';
import { THEME_IDS } from '../../../src/schemas/themes';
import { byId, goals, indicators, measures } from './records';

const cities = ['012165', '012360', '032069', '112330'];

describe('themeCells', () => {
  const cells = themeCells(cities, { goals, measures, indicators });

  it('has a cell for every theme and city, themes first', () => {
    expect(cells).toHaveLength(THEME_IDS.length * cities.length);
    expect(cells.slice(0, 4).map((c) => `${c.theme} ${c.municipality}`)).toEqual(cities.map((c) => `childcare ${c}`));
  });

  it('counts a record on two themes on both: 北本市 横断的な目標2 新しい時代の流れを力にする (dx, decarbonization)', () => {
    expect(byId(goals, '112330-g2-strategy-slides-cross-cutting-2').themes).toEqual(['dx', 'decarbonization']);
    const cell = (theme: string) => cells.find((c) => c.municipality === '112330' && c.theme === theme)!;
    expect(cell('dx').goals).toBe(1);
    expect(cell('decarbonization').goals).toBe(1);
  });

  it('counts what content/ holds: 北斗市 has 17 indicators on jobs', () => {
    const jobs = cells.find((c) => c.municipality === '012360' && c.theme === 'jobs')!;
    expect(jobs.indicators).toBe(indicators.filter((i) => i.municipality === '012360' && i.themes.includes('jobs')).length);
  });

  it('finds the busiest cell', () => {
    const busiest = busiestCell(cells)!;
    expect(cells.every((c) => cellTotal(c) <= cellTotal(busiest))).toBe(true);
    expect(busiestCell([])).toBeUndefined();
  });
});

describe('themeMatrixLayout', () => {
  const cells = themeCells(cities, { goals, measures, indicators });
  const g = themeMatrixLayout(cities, cells);

  it('gives every city a column of the same width inside the margins', () => {
    expect(g.columns[0]!.x).toBe(THEME_MATRIX.margin.left);
    const last = g.columns.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(THEME_MATRIX.width - THEME_MATRIX.margin.right);
  });

  it('draws every count on one scale, with room for letters and counts', () => {
    const max = Math.max(...cells.flatMap((c) => [c.goals, c.measures, c.indicators]));
    expect(g.x(max)).toBeCloseTo(g.columns[0]!.width - THEME_MATRIX.letterWidth - THEME_MATRIX.countWidth);
    for (const placed of g.cells) for (const bar of placed.bars) expect(bar.width).toBeCloseTo(g.x(bar.count));
  });
});
