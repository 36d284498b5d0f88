import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dumbbellPanels } from '../../../src/charts/dumbbell';
import { toHtml } from '../../../src/charts/render/element';
import { stripFigure } from '../../../src/charts/render/stripFigure';
import { STRIP_BINS, stripPanel } from '../../../src/charts/strip';
import { cityIndicator } from '../../../src/lib/compare/buildCityData';
import { stripWords } from '../../../src/lib/compare/chartWords';
import type { Indicator } from '../../../src/schemas/indicator';
import type { Municipality } from '../../../src/schemas/municipality';

const read = <T>(name: string) => JSON.parse(readFileSync(`content/${name}.json`, 'utf8')) as T[];
const towns = read<Municipality>('municipalities');
const population = new Map(towns.map((m) => [m.code, m.population.count]));
// 観光入込客数: 001 line 241 76万人 → 90万人 (北斗市); 004 line 248 1,044千人 → 2,380千人 (北上市);
// 002 line 331 544千人 → 820千人 (北本市).
const visits = read<Indicator>('indicators').filter((i) => i.family === 'tourist-visits' && /観光入込客数|年間観光客数/.test(i.name) && i.unitBase === '人');

describe('stripPanel', () => {
  const [panel] = dumbbellPanels(visits);
  const strip = stripPanel(panel!);
  it('bins every baseline and target once, in bins of equal width', () => {
    expect(strip.bins).toHaveLength(STRIP_BINS);
    expect(strip.bins.reduce((n, b) => n + b.baselines, 0)).toBe(visits.filter((i) => i.baseline.valueBase !== null).length);
    const widths = strip.bins.map((b) => b.x1 - b.x0);
    for (const w of widths) expect(w).toBeCloseTo(widths[0]!, 6);
  });
  it('puts 76万人 and 1,044千人 in the bins that hold 760,000 and 1,044,000 persons', () => {
    const holding = (v: number) => strip.bins.find((b) => v >= b.x0 && v < b.x1)!;
    expect(holding(760000).baselines).toBeGreaterThanOrEqual(1);
    expect(holding(1044000).baselines).toBeGreaterThanOrEqual(1);
    expect(holding(2380000).targets).toBeGreaterThanOrEqual(1);
  });
});

describe('stripFigure', () => {
  const indicators = [
    ...['012360-g2-strategy-L241', '112330-g2-strategy-slides-L331'].map((id) => visits.find((i) => i.id === id)!),
  ].map((i) => cityIndicator(i, population.get(i.municipality)!));
  const figure = stripFigure({
    lang: 'ja',
    id: 'strip-tourist-visits',
    level: 3,
    familyLabel: '観光入込客数',
    indicators,
    population: (code) => population.get(code),
    words: stripWords('ja', '2020-10-01'),
    populationSource: null,
  })!;
  const html = toHtml(figure);
  it('names the chart and states the medians in the base unit: (76万 + 54.4万) ÷ 2 = 65.2万 and (90万 + 82万) ÷ 2 = 86万', () => {
    expect(html).toContain('観光入込客数：2件の現状値と目標値の分布');
    expect(html).toContain('中央値は、現状値が65.2万、目標値が86万です（人）。');
  });
  it('is an image with a name per panel, and a per-1,000-residents panel for a count of people', () => {
    expect(html).toContain('role="img" aria-label="観光入込客数（人）の現状値と目標値の分布"');
    expect(html).toContain('aria-label="観光入込客数（人、人口1,000人あたり）の現状値と目標値の分布"');
  });
  it('gives its bins as a data table', () => {
    expect(html).toMatch(/<details class="chart-data">.*<table>.*値の範囲.*<\/table>/s);
  });
});
