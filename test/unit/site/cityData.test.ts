import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cityData } from '../../../src/lib/compare/buildCityData';
import { csvLines } from '../../../src/lib/data/csvLines';
import type { Goal } from '../../../src/schemas/goal';
import type { Indicator } from '../../../src/schemas/indicator';
import type { Measure } from '../../../src/schemas/measure';
import type { Municipality } from '../../../src/schemas/municipality';
import type { Plan } from '../../../src/schemas/plan';

const read = <T>(name: string) => JSON.parse(readFileSync(`content/${name}.json`, 'utf8')) as T[];
const hokuto = read<Municipality>('municipalities').find((m) => m.code === '012360')!;
const plans = read<Plan>('plans').filter((p) => p.municipality === '012360');
const indicators = read<Indicator>('indicators').filter((i) => i.municipality === '012360');
const index = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
const csv = csvLines(indicators, {
  municipalities: new Map([[hokuto.code, hokuto]]),
  plans: index(plans),
  goals: index(read<Goal>('goals')),
  measures: index(read<Measure>('measures')),
});
const published = new Map(readFileSync('public/data/indicators.csv', 'utf8').slice(1).split('\r\n').map((line) => [line.split(',')[0], line]));

describe('cityData', () => {
  // 第2期北斗市まち・ひと・しごと創生総合戦略 (令和2年度～令和6年度), 001 line 241:
  // 観光入込客数 現状値 (H30) 76 万人 目標数値 90 万人; 北斗市 has 44,331 residents in the 2020 census.
  const data = cityData(hokuto, plans, indicators, 2026, csv.rows);
  const visits = data.indicators.find((i) => i.source.line === 241 && i.name === '観光入込客数')!;

  it('names the town in both languages with its population', () => {
    expect(data.name).toEqual({ ja: '北斗市', en: 'Hokuto City' });
    expect(data.population.text.ja).toBe('44,331人');
  });
  it('keeps the values a chart places in the base unit, and where they were read', () => {
    expect(visits.unit).toBe('万人');
    expect(visits.baseline).toEqual({ valueBase: 760000, fiscalYear: 2018 });
    expect(visits.target).toMatchObject({ kind: 'number', valueBase: 900000, fiscalYear: 2024 });
    expect(visits.source).toEqual({ document: '001_c90401aa62130a51', line: 241 });
  });
  it('carries the values as written, with their years, in each language', () => {
    expect(visits.words.ja.baseline.text).toBe('76万人');
    expect(visits.words.ja.baselineFy).toBe('（2018年度）');
    expect(visits.words.ja.target.text).toBe('90万人');
    // 760,000 ÷ 44.331 ≈ 17,144 and 900,000 ÷ 44.331 ≈ 20,302 per 1,000 residents.
    expect(visits.words.ja.perThousand).toEqual({ baseline: '17,144人', target: '20,302人' });
  });
  it('carries each indicator’s line of public/data/indicators.csv', () => {
    expect(visits.csv).toBe(published.get('012360-g2-strategy-L241'));
    expect(visits.csv.startsWith('012360-g2-strategy-L241,012360,北斗市,012360-g2-strategy,第2期北斗市まち・ひと・しごと創生総合戦略,')).toBe(true);
  });
  it('names the last source line only when the indicator spans several', () => {
    expect(visits.source).not.toHaveProperty('lineEnd');
  });
  it('fails on an indicator without a CSV row', () => {
    expect(() => cityData(hokuto, plans, indicators, 2026, new Map())).toThrow(/no row of indicators\.csv/);
  });
  it('marks a plan that ended before the build’s fiscal year', () => {
    const second = data.plans.find((p) => p.id === visits.plan)!;
    expect(second.ended?.ja).toBe('計画終了（2024年度）');
  });
});
