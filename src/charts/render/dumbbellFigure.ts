/**
 * The baseline → target dumbbell chart of one family, as one element tree: the theme pages render it
 * at build time (DumbbellChart.astro) and the compare page renders it in the browser from the towns'
 * data files, so both draw the same chart from the same code. One SVG panel per base unit (万人 and
 * 千人 share an axis in 人), a second panel per 1,000 residents for counts, notes and a data table.
 */
import type { CityIndicator, CityPlan } from '../../lib/compare/cityData';
import { fill } from '../../i18n/fill';
import type { Lang } from '../../i18n/locales';
import { figureAxisPolicy, readableTicks, type AxisPolicy } from '../axis';
import { CHART_LAYOUTS } from '../chartLayout';
import { directionCounts, dumbbellLayout, dumbbellPanels, dumbbellSize, panelValues, perThousandPanel, type DumbbellPanel } from '../dumbbell';
import { wrapLabel } from '../labels';
import { markPath, type Series } from '../palette';
import { chartFigure, swatch, type FigureWords, type HighlightSeries } from './chartFigure';
import { h, type Element, type Node } from './element';
import { valueWithWhen } from './valueWords';

/** The chart's UI templates in one language (the dictionary's strings, `{slots}` unfilled). */
export interface DumbbellWords extends FigureWords {
  locale: string;
  title: string;
  takeaway: string;
  parts: Record<'up' | 'down' | 'hold' | 'unknown', string>;
  directions: Record<'up' | 'down' | 'hold' | 'unknown', string>;
  panel: string;
  perPanel: string;
  axisValue: string;
  perAxis: string;
  keyBaseline: string;
  keyTarget: string;
  axisFromZero: string;
  axisExtent: string;
  units: string;
  converted: string;
  /** The per-1,000 note with the census day filled in. */
  perNote: string;
  rowTitle: string;
  separator: string;
  columns: { city: string; name: string; baseline: string; target: string; direction: string; population: string; perBaseline: string; perTarget: string };
}

/** A town as the chart names it. */
export interface ChartTown {
  name: string;
  population: number;
  populationText: string;
}

export interface DumbbellInput {
  lang: Lang;
  id: string;
  level: 2 | 3 | 4;
  familyLabel: string;
  indicators: readonly CityIndicator[];
  towns: ReadonlyMap<string, ChartTown>;
  plans: ReadonlyMap<string, CityPlan>;
  /** Each town's series (colour and highlight key). */
  series: ReadonlyMap<string, Series>;
  words: DumbbellWords;
  /** The population's source, shown after the per-1,000 note. */
  populationSource: Node;
  data?: Record<string, string> | undefined;
}

/** Words of one row of a panel. */
interface RowText {
  city: string;
  name: string;
  values: string;
  title: string;
}

/** Chart text is 12 px: how many ems fit between the margins. */
const ems = (width: number, left: number, right: number) => (width - left - right) / 12;

/** One SVG panel per layout, with data-item/data-city/data-themes on every row (same markup as the build's). */
function panelSvgs(id: string, panel: DumbbellPanel, ariaLabel: string, axisLabel: string, text: Map<string, RowText>, series: ReadonlyMap<string, Series>, policy: AxisPolicy, derived: boolean, locale: string, nameLang: string | undefined): Element[] {
  return CHART_LAYOUTS.map((layout) => {
    const g = dumbbellLayout(panel, layout, policy);
    const ticks = readableTicks(g.ticks, locale);
    const { margin, rowHeight, labelY, valuesY, markY, nameLines, valueLines } = dumbbellSize(layout);
    const room = ems(g.width, margin.left, margin.right);
    return h(
      'svg',
      {
        role: 'img',
        'aria-label': ariaLabel,
        viewBox: `0 0 ${g.width} ${g.height}`,
        'data-derived': derived ? '' : undefined,
        'data-layout': layout,
        id: layout === 'wide' ? id : `${id}-narrow`,
      },
      h('text', { class: 'axis-label', x: margin.left, y: 12 }, axisLabel),
      ticks.map((tick) =>
        h('text', { class: 'tick', x: tick.position, y: 28, 'text-anchor': tick.position <= margin.left + 1 ? 'start' : tick.position >= g.width - margin.right - 1 ? 'end' : 'middle' }, tick.label),
      ),
      g.rows.map(({ row, y, baselineX, targetLowX, targetHighX }) => {
        const s = series.get(row.municipality)!;
        const words = text.get(row.id)!;
        const near = targetLowX === null || targetHighX === null || baselineX === null ? targetLowX : Math.abs(targetLowX - baselineX) < Math.abs(targetHighX - baselineX) ? targetLowX : targetHighX;
        return h(
          'g',
          { class: 'row', transform: `translate(0,${y})`, 'data-item': '', 'data-city': row.municipality, 'data-themes': row.themes.join(' '), 'data-series': s.key, 'data-direction': row.direction ?? 'unknown' },
          h('title', {}, words.title),
          ticks.map((tick) => h('line', { class: 'grid', x1: tick.position, x2: tick.position, y1: valuesY + 4, y2: rowHeight })),
          wrapLabel(`${words.city}\u2002${words.name}`, room, nameLines).map((line, i) => {
            const [city, ...rest] = i === 0 ? line.split('\u2002') : ['', line];
            return h('text', { class: 'row-label', x: margin.left, y: labelY + i * 15 }, city, i === 0 && ' ', h('tspan', { lang: nameLang }, rest.join(' ')));
          }),
          wrapLabel(words.values, room, valueLines).map((line, i) => h('text', { class: 'row-values muted-text', x: margin.left, y: valuesY + i * 15 }, line)),
          baselineX !== null && near !== null && h('line', { class: 'connector', x1: baselineX, x2: near, y1: markY, y2: markY }),
          targetLowX !== null && targetHighX !== null && targetHighX > targetLowX && h('rect', { class: 'mark', x: targetLowX, y: markY - 4, width: targetHighX - targetLowX, height: 8, fill: s.colour }),
          baselineX !== null && h('path', { class: 'mark', d: markPath('baseline', 80), transform: `translate(${baselineX},${markY})`, fill: s.colour }),
          targetLowX !== null && h('path', { class: 'mark', d: markPath('target', 110), transform: `translate(${targetLowX},${markY})`, fill: s.colour }),
          targetHighX !== null && targetHighX !== targetLowX && h('path', { class: 'mark', d: markPath('target', 110), transform: `translate(${targetHighX},${markY})`, fill: s.colour }),
        );
      }),
    );
  });
}

/** The chart of one family, or null when none of its indicators has a value to place. */
export function dumbbellFigure(input: DumbbellInput): Element | null {
  const { lang, id, level, familyLabel, towns, plans, series, words: w } = input;
  const dataLang = lang === 'ja' ? undefined : 'ja';
  const f = (template: string, slots: Record<string, string | number>) => fill(template, slots, w.locale);
  const panels = dumbbellPanels(input.indicators);
  if (panels.length === 0) return null;
  const byId = new Map(input.indicators.map((i) => [i.id, i]));
  const townOf = (code: string) => towns.get(code)!;
  const ended = (ind: CityIndicator) => {
    const text = plans.get(ind.plan)?.ended?.[lang];
    return text ? `${w.separator}${text}` : '';
  };
  const counts = directionCounts(panels);
  const total = panels.reduce((n, p) => n + p.rows.length, 0);
  const parts = (['up', 'down', 'hold', 'unknown'] as const)
    .filter((d) => counts[d] > 0)
    .map((d) => f(w.parts[d], { n: counts[d] }))
    .join(w.separator);
  const shown = new Set(panels.flatMap((p) => p.rows.map((r) => r.municipality)));
  const highlight: HighlightSeries[] = [...series].filter(([code]) => shown.has(code)).map(([code, s]) => ({ ...s, label: townOf(code).name, city: code }));
  const unitName = (panel: DumbbellPanel) => byId.get(panel.rows[0]!.id)!.words[lang].unitName;

  const writtenText = (panel: DumbbellPanel) =>
    new Map<string, RowText>(
      panel.rows.map((row) => {
        const ind = byId.get(row.id)!;
        const iw = ind.words[lang];
        const city = townOf(row.municipality).name;
        const baseline = iw.baseline.text + iw.baselineFy;
        const target = iw.target.text + iw.targetFy;
        return [row.id, { city, name: ind.name, values: `${baseline} → ${target}${ended(ind)}`, title: f(w.rowTitle, { city, name: ind.name, baseline, target }) }];
      }),
    );
  const perThousandText = (panel: DumbbellPanel) =>
    new Map<string, RowText>(
      panel.rows.map((row) => {
        const ind = byId.get(row.id)!;
        const iw = ind.words[lang];
        const city = townOf(row.municipality).name;
        const baseline = iw.perThousand!.baseline + iw.baselineFy;
        const target = iw.perThousand!.target + iw.targetFy;
        const panelName = f(w.perPanel, { family: familyLabel, unit: unitName(panel) });
        return [row.id, { city, name: ind.name, values: `${baseline} → ${target}${ended(ind)}`, title: `${panelName} ${city} ${ind.name}${lang === 'ja' ? '：' : ': '}${baseline} → ${target}` }];
      }),
    );

  const perResident = panels
    .map((p) => ({ unit: p.unit, rows: p.rows.filter((r) => byId.get(r.id)!.words[lang].perThousand !== null) }))
    .filter((p) => p.rows.length > 0)
    .map((p) => perThousandPanel(p, (code) => towns.get(code)?.population));
  const perIds = new Set(perResident.flatMap((p) => p.rows.map((r) => r.id)));
  const converted = panels.filter((p) => p.rows.some((r) => r.unit !== r.unitBase)).map(unitName);
  const policy = figureAxisPolicy([...panels, ...perResident].map(panelValues));
  const svgs = [
    ...panels.flatMap((panel, p) =>
      panelSvgs(`${id}-panel-${p}`, panel, f(w.panel, { family: familyLabel, unit: unitName(panel) }), f(w.axisValue, { unit: unitName(panel) }), writtenText(panel), series, policy, false, w.locale, dataLang),
    ),
    ...perResident.flatMap((panel, p) =>
      panelSvgs(`${id}-per-resident-${p}`, panel, f(w.perPanel, { family: familyLabel, unit: unitName(panel) }), f(w.perAxis, { unit: unitName(panel) }), perThousandText(panel), series, policy, true, w.locale, dataLang),
    ),
  ];
  const notes: Node[] = [
    h('p', {}, w[policy === 'zero' ? 'axisFromZero' : 'axisExtent']),
    panels.length > 1 && h('p', {}, f(w.units, { units: panels.map(unitName).join(w.separator) })),
    converted.length > 0 && h('p', {}, f(w.converted, { unit: converted.join(w.separator) })),
    perResident.length > 0 && h('p', {}, w.perNote, ' ', input.populationSource),
  ];
  const c = w.columns;
  const table = h(
    'table',
    {},
    h('caption', { class: 'visually-hidden' }, f(w.title, { family: familyLabel })),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        [c.city, c.name, c.baseline, c.target, c.direction].map((label) => h('th', { scope: 'col' }, label)),
        perResident.length > 0 && [c.population, c.perBaseline, c.perTarget].map((label) => h('th', { scope: 'col', class: 'num' }, label)),
      ),
    ),
    h(
      'tbody',
      {},
      panels
        .flatMap((panel) => panel.rows)
        .map((row) => {
          const ind = byId.get(row.id)!;
          const iw = ind.words[lang];
          const endedText = plans.get(ind.plan)?.ended?.[lang];
          const per = perIds.has(row.id);
          return h(
            'tr',
            { 'data-item': '', 'data-city': row.municipality, 'data-themes': row.themes.join(' ') },
            h('td', {}, townOf(row.municipality).name),
            h('th', { scope: 'row' }, h('span', { lang: dataLang }, ind.name), endedText && [' ', h('span', { class: 'ended' }, endedText)]),
            h('td', {}, valueWithWhen(iw.baseline, dataLang)),
            h('td', {}, valueWithWhen(iw.target, dataLang, ind.target.kind === 'qualitative')),
            h('td', {}, w.directions[row.direction ?? 'unknown']),
            perResident.length > 0 && [
              h('td', { class: 'num' }, per ? townOf(row.municipality).populationText : '—'),
              h('td', { class: 'num' }, per ? iw.perThousand!.baseline : '—'),
              h('td', { class: 'num' }, per ? iw.perThousand!.target : '—'),
            ],
          );
        }),
    ),
  );
  return chartFigure({
    id,
    title: f(w.title, { family: familyLabel }),
    takeaway: f(w.takeaway, { n: total, parts }),
    level,
    series: highlight,
    data: input.data,
    key: h('ul', { class: 'chart-key' }, h('li', {}, swatch('baseline', undefined, true), w.keyBaseline), h('li', {}, swatch('target', undefined, true), w.keyTarget)),
    panels: svgs,
    notes,
    table,
    words: w,
  });
}
