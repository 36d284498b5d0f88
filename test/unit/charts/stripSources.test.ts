import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../../src/charts/render/element';
import { stripFigure } from '../../../src/charts/render/stripFigure';
import { stripSources } from '../../../src/charts/strip';
import { placeOnAxis, readPanelAxis } from '../../../src/components/theme/client/panelAxis';
import { cityIndicator } from '../../../src/lib/compare/buildCityData';
import { stripWords } from '../../../src/lib/compare/chartWords';
import type { Municipality } from '../../../src/schemas/municipality';
import { indicator } from './records';

const towns = JSON.parse(readFileSync('content/municipalities.json', 'utf8')) as Municipality[];
const population = new Map(towns.map((m) => [m.code, m.population.count]));
// 001 line 241: 北斗市 観光入込客数 76万人 → 90万人 (44,331 residents); 002 line 331: 北本市 観光入込客数 544千人 → 820千人 (65,228 residents).
const hokuto = indicator('012360-g2-strategy-L241');
const kitamoto = indicator('112330-g2-strategy-slides-L331');

describe('stripSources', () => {
  describe('counts of people, both towns with a population', () => {
    const sources = stripSources([kitamoto, hokuto], () => true, (code) => population.get(code));
    it('gives the panel in 人 as written, then the same rows per 1,000 residents', () => {
      expect(sources.map((s) => [s.unit, s.perResident, s.panel.rows.map((r) => r.municipality)])).toEqual([
        ['人', false, ['012360', '112330']],
        ['人', true, ['012360', '112330']],
      ]);
    });
    it('divides by the population in thousands: 760,000 / 44.331 and 544,000 / 65.228', () => {
      const per = sources[1]!.panel.rows;
      expect(per[0]!.baseline).toBeCloseTo(760000 / 44.331, 6);
      expect(per[0]!.target).toEqual({ low: expect.closeTo(900000 / 44.331, 6), high: expect.closeTo(900000 / 44.331, 6) });
      expect(per[1]!.baseline).toBeCloseTo(544000 / 65.228, 6);
    });
  });
  describe('rows not counted per resident, or a town without a population', () => {
    it('gives no per-1,000 panel when no row counts per resident', () => {
      expect(stripSources([hokuto], () => false, (code) => population.get(code)).map((s) => s.perResident)).toEqual([false]);
    });
    it('leaves out of the per-1,000 panel a town whose population is unknown', () => {
      const sources = stripSources([hokuto, kitamoto], () => true, (code) => (code === '012360' ? 44331 : undefined));
      expect(sources[1]!.panel.rows.map((r) => r.municipality)).toEqual(['012360']);
    });
  });
});

describe('stripFigure: what the theme page script reads', () => {
  const figure = stripFigure({
    lang: 'ja',
    id: 'strip-tourist-visits',
    level: 3,
    family: 'tourist-visits',
    familyLabel: '観光入込客数',
    indicators: [hokuto, kitamoto].map((i) => cityIndicator(i, population.get(i.municipality)!)),
    population: (code) => population.get(code),
    words: stripWords('ja', '2020-10-01'),
    populationSource: null,
    picks: { tag: 'details', attrs: { class: 'chart-picks' }, children: [] },
  })!;
  const html = toHtml(figure);
  const svgs = [...html.matchAll(/<svg role="img"[^>]*>.*?<\/svg>/gs)].map((m) => m[0]);
  const attrs = (svg: string) => Object.fromEntries([...svg.slice(0, svg.indexOf('>')).matchAll(/data-([a-z-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));

  it('names the family on the figure', () => {
    expect(html).toMatch(/^<figure class="chart" id="strip-tourist-visits" aria-labelledby="strip-tourist-visits-title" data-strip-family="tourist-visits">/);
  });
  it('writes unit, domain and pixel range on each of its four panels (人 and per 1,000, wide and narrow)', () => {
    expect(svgs).toHaveLength(4);
    expect(svgs.map((s) => [attrs(s)['unit'], attrs(s)['derived'] !== undefined, attrs(s)['layout']])).toEqual([
      ['人', false, 'wide'],
      ['人', false, 'narrow'],
      ['人', true, 'wide'],
      ['人', true, 'narrow'],
    ]);
    // Margins 24 px (wide, 720 px) and 16 px (narrow, 340 px): src/charts/strip.ts stripSize.
    expect(svgs.map((s) => attrs(s)['range'])).toEqual(['24 696', '16 324', '24 696', '16 324']);
  });
  it('places 北斗市’s baseline, read back through those attributes, on the bar that counts it', () => {
    const wide = svgs[0]!;
    const x = placeOnAxis(readPanelAxis(attrs(wide))!, 760000);
    const baselineRow = wide.slice(wide.indexOf('strip-baseline'), wide.indexOf('strip-target'));
    const bars = [...baselineRow.matchAll(/<rect class="bar bar-baseline" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(bars).toHaveLength(2);
    // Each bar starts 0.5 px into its bin and is 1 px narrower than it.
    expect(bars.some(([left, width]) => x >= left - 0.5 && x <= left + width + 0.5)).toBe(true);
  });
  it('puts the picked towns’ place right under the panels, before the notes', () => {
    expect(html.indexOf('<details class="chart-picks">')).toBeGreaterThan(html.lastIndexOf('</svg>'));
    expect(html.indexOf('<details class="chart-picks">')).toBeLessThan(html.indexOf('class="chart-notes"'));
  });
});
