import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toHtml, type Element } from '../../../src/charts/render/element';
import type { IndicatorTableMessages } from '../../../src/components/indicators/messages';
import { indicatorRows } from '../../../src/components/indicators/indicatorRows';
import { cityData } from '../../../src/lib/compare/buildCityData';
import type { Indicator } from '../../../src/schemas/indicator';
import type { Municipality } from '../../../src/schemas/municipality';
import type { Plan } from '../../../src/schemas/plan';

const read = <T>(name: string) => JSON.parse(readFileSync(`content/${name}.json`, 'utf8')) as T[];
const municipalities = read<Municipality>('municipalities');
/** A town's data file as the build writes it; the CSV rows are stand-ins ('csv:<id>'), tested in cityData.test.ts. */
function town(code: string) {
  const m = municipalities.find((x) => x.code === code)!;
  const indicators = read<Indicator>('indicators').filter((i) => i.municipality === code);
  return cityData(m, read<Plan>('plans').filter((p) => p.municipality === code), indicators, 2026, new Map(indicators.map((i) => [i.id, `csv:${i.id}`])));
}
const hokuto = town('012360');
const ashibetsu = town('012165');

/** Labels as the page passes them (only those these rows need). */
const ja: IndicatorTableMessages = {
  lang: 'ja',
  locale: 'ja-JP',
  status: '',
  sorted: '',
  asc: '',
  desc: '',
  loading: '',
  loadError: '',
  unknownTown: '',
  noData: '',
  separator: '、',
  none: '—',
  levels: { goal: '数値目標', measure: '施策の KPI' },
  kinds: { number: '数値' },
  themes: { tourism: '観光・交流・文化', migration: '移住・定住・関係人口・ひとの流れ' },
  families: { 'tourist-visits': '観光入込客数' },
  baseline: '基準値',
  target: '目標値',
  line: '{line}行目',
  lines: '{line}〜{lineEnd}行目',
  pagePrefix: '/',
  dataPrefix: '/data/cities/',
};

/** A row's cells as markup, and its attributes. */
const cells = (row: Element) => row.children.map((c) => toHtml(c));
const rowOf = (rows: Element[], id: string) => rows.find((r) => r.attrs['data-csv'] === `csv:${id}`)!;

describe('indicatorRows', () => {
  describe('a number target implied by the plan period', () => {
    // 001 line 241: ・観光入込客数 ⇒ 現状値 (H30) 76 万人 目標数値 90 万人, in 第2期北斗市まち・ひと・しごと創生総合戦略 (令和2年度～令和6年度).
    const row = rowOf(indicatorRows([hokuto], ja), '012360-g2-strategy-L241');
    const [name, city, plan, level, baseline, target, kind, targetFy, family, themes, source] = cells(row);

    it('carries what the filters read', () => {
      expect(row.attrs).toMatchObject({ 'data-city': '012360', 'data-themes': 'tourism', 'data-family': 'tourist-visits', 'data-level': 'measure', 'data-kind': 'number' });
    });
    it('links the name to its row on the city page', () => {
      expect(name).toBe('<th scope="row"><a href="/cities/012360-hokuto/#indicator-012360-g2-strategy-L241">観光入込客数</a></th>');
    });
    it('names the town and plan', () => {
      expect(city).toBe('<td data-sort-value="012360">北斗市</td>');
      expect(plan).toBe('<td class="small">第2期北斗市まち・ひと・しごと創生総合戦略</td>');
      expect(level).toBe('<td>施策の KPI</td>');
    });
    it('shows the values as written with their periods, and sorts them in the base unit', () => {
      expect(baseline).toBe('<td data-sort-value="760000" data-label="基準値"><span class="value">76万人</span><span class="when"><span>H30</span><span>（2018年度）</span></span></td>');
      expect(target).toBe('<td data-sort-value="900000" data-label="目標値"><span class="value">90万人</span><span class="when"><span class="implied">2024年度（計画期間から）</span></span></td>');
    });
    it('gives kind, target year, family and themes', () => {
      expect([kind, targetFy, family, themes]).toEqual([
        '<td>数値</td>',
        '<td data-sort-value="2024">2024</td>',
        '<td data-sort-value="観光入込客数">観光入込客数</td>',
        '<td class="small" data-sort-value="観光・交流・文化">観光・交流・文化</td>',
      ]);
    });
    it('links its source line', () => {
      expect(source).toBe('<td class="nowrap" data-sort-value="001_c90401aa62130a51:000241"><a href="/sources/001_c90401aa62130a51/#L241">241行目</a></td>');
    });
  });

  describe('an indicator read over several lines, with no family', () => {
    // 003 lines 88–94: 登録者数 ２４名 … 登録者数 ５０名 (基準値 R4, KPI R6).
    const row = rowOf(indicatorRows([ashibetsu], ja), '012165-g2-revision-2024-L88');
    const [, , , , , , , , family, , source] = cells(row);
    it('names the line span', () => {
      expect(source).toContain('>88〜94行目</a>');
    });
    it('leaves the family empty, and sorts it last', () => {
      expect(family).toBe('<td data-sort-value="">—</td>');
      expect(row.attrs['data-family']).toBe('');
    });
  });

  describe('on an English page', () => {
    const en = { ...ja, lang: 'en' as const, pagePrefix: '/en/', line: 'line {line}' };
    const row = rowOf(indicatorRows([hokuto], en), '012360-g2-strategy-L241');
    it('marks the document’s Japanese and links the English pages', () => {
      expect(cells(row)[0]).toBe('<th scope="row"><a href="/en/cities/012360-hokuto/#indicator-012360-g2-strategy-L241" lang="ja">観光入込客数</a></th>');
      expect(cells(row)[1]).toBe('<td data-sort-value="012360">Hokuto City</td>');
      expect(cells(row)[10]).toContain('>line 241</a>');
    });
  });

  describe('several towns', () => {
    const rows = indicatorRows([hokuto, ashibetsu], ja);
    it('numbers the rows in reading order: the towns as chosen, each town’s indicators in its file’s order', () => {
      expect(rows).toHaveLength(hokuto.indicators.length + ashibetsu.indicators.length);
      expect(rows.map((r) => r.attrs['data-index'])).toEqual(rows.map((_, i) => i));
      expect(rows[0]!.attrs['data-csv']).toBe(`csv:${hokuto.indicators[0]!.id}`);
      expect(rows[hokuto.indicators.length]!.attrs['data-city']).toBe('012165');
    });
  });
});
