import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../../src/charts/render/element';
import { highlightLabels } from '../../../src/components/theme/highlightLabels';
import { panelPicks } from '../../../src/components/theme/client/panelPicks';
import { picksTable } from '../../../src/components/theme/client/picksTable';
import { rowMarks } from '../../../src/components/theme/client/rowMarks';
import { cityData } from '../../../src/lib/compare/buildCityData';
import type { Indicator } from '../../../src/schemas/indicator';
import type { Municipality } from '../../../src/schemas/municipality';
import type { Plan } from '../../../src/schemas/plan';

const read = <T>(name: string) => JSON.parse(readFileSync(`content/${name}.json`, 'utf8')) as T[];
const hokuto = read<Municipality>('municipalities').find((m) => m.code === '012360')!;
const indicators = read<Indicator>('indicators').filter((i) => i.municipality === '012360');
const csv = new Map(indicators.map((i) => [i.id, `${i.id},…`]));
// 北斗市's data file; its one tourist-visits indicator is 001 line 241: 観光入込客数 76万人 (H30) → 90万人 (R6), 44,331 residents.
const town = cityData(hokuto, read<Plan>('plans').filter((p) => p.municipality === '012360'), indicators, 2026, csv);

describe('panelPicks', () => {
  describe('the panel in 人', () => {
    const picks = panelPicks(town, 'tourism', 'tourist-visits', { unit: '人', perResident: false }, 'ja');
    it('holds 観光入込客数 with its values in persons', () => {
      expect(picks.map((p) => [p.indicator.id, p.baseline, p.target])).toEqual([['012360-g2-strategy-L241', 760000, { low: 900000, high: 900000 }]]);
    });
  });
  describe('the panel in 人 per 1,000 residents', () => {
    it('holds it divided by 44.331: 17,144 → 20,302', () => {
      const [pick] = panelPicks(town, 'tourism', 'tourist-visits', { unit: '人', perResident: true }, 'ja');
      expect(pick!.baseline).toBeCloseTo(760000 / 44.331, 6);
      expect(Math.round(pick!.baseline!)).toBe(17144);
      expect(Math.round(pick!.target!.low)).toBe(20302);
    });
  });
  describe('panels it has nothing on', () => {
    it('another unit, another family or another theme: none', () => {
      expect(panelPicks(town, 'tourism', 'tourist-visits', { unit: '%', perResident: false }, 'ja')).toEqual([]);
      expect(panelPicks(town, 'tourism', 'births', { unit: '人', perResident: false }, 'ja')).toEqual([]);
      expect(panelPicks(town, 'jobs', 'tourist-visits', { unit: '人', perResident: false }, 'ja')).toEqual([]);
    });
  });
});

describe('rowMarks', () => {
  const mark = { code: '012360', town: '北斗市', colour: '#E69F00', x: 300, x2: null, title: '北斗市「観光入込客数」の現状値・基準値：76万人' };
  const html = toHtml(rowMarks([mark, { ...mark, x: 500, title: 'second' }], 'wide', 'M1,0Z', true, '現状値'));
  it('draws a line across the bars (row y 18–52) at each value, in the town’s colour', () => {
    expect(html).toContain('<line class="pick-line" x1="300" x2="300" y1="18" y2="52" stroke="#E69F00">');
    expect(html).toContain('<line class="pick-line" x1="500" x2="500"');
  });
  it('puts the row’s mark shape on it, hollow for baselines, with a text alternative', () => {
    expect(html).toContain('<title>北斗市「観光入込客数」の現状値・基準値：76万人</title>');
    expect(html).toContain('<path class="pick-mark hollow" d="M1,0Z" transform="translate(300,35) scale(1.3)" stroke="#E69F00">');
  });
  it('names the town once, beside its first mark on the label line: 300 + 6', () => {
    expect(html.match(/<text class="pick-label"[^>]*>北斗市<\/text>/g)).toEqual(['<text class="pick-label" x="306" y="14" data-town="012360">北斗市</text>']);
  });
  it('draws a range target as a bar to its upper end', () => {
    expect(toHtml(rowMarks([{ ...mark, x2: 340 }], 'wide', 'M1,0Z', false, '目標値'))).toContain('<line class="pick-span" x1="300" x2="340" y1="35" y2="35" stroke="#E69F00">');
  });
});

describe('picksTable', () => {
  const picks = panelPicks(town, 'tourism', 'tourist-visits', { unit: '人', perResident: false }, 'en');
  const w = { lang: 'en' as const, labels: highlightLabels('en'), pagePrefix: '/en/' };
  const html = toHtml(
    picksTable('Tourist visits: baselines and targets of the towns you picked', [{ heading: 'Tourist visits (people)', perResident: false, towns: [{ town, colour: '#E69F00', picks }] }, { heading: 'Tourist visits (people per 1,000 residents)', perResident: true, towns: [{ town, colour: '#E69F00', picks: [] }] }], w),
  );
  it('is a table with a caption and column headers', () => {
    expect(html).toMatch(/^<table class="picks-table"><caption>Tourist visits: baselines and targets of the towns you picked<\/caption><thead><tr><th scope="col">Town<\/th><th scope="col">Indicator<\/th><th scope="col">Baseline<\/th><th scope="col">Target<\/th><\/tr><\/thead>/);
  });
  it('heads each panel’s rows with the panel’s name', () => {
    expect(html).toContain('<th scope="colgroup" colspan="4">Tourist visits (people)</th>');
  });
  it('gives the town as row header, the indicator’s name in Japanese linking to its row, and the values as the data file words them', () => {
    expect(html).toContain('Hokuto City</th>');
    expect(html).toContain('<a href="/en/cities/012360-hokuto/#indicator-012360-g2-strategy-L241" lang="ja">観光入込客数</a>');
    expect(html).toContain(`<span class="value">${picks[0]!.indicator.words.en.baseline.text}</span>`);
    expect(picks[0]!.indicator.words.en.baseline.text).toBe('760,000 people');
  });
  it('says so when a town has no indicator on a panel', () => {
    expect(html).toContain('<td colspan="3" class="muted">No indicator in this chart</td>');
  });
});
