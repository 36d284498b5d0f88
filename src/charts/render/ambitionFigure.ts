/**
 * How far each number target reaches, as one element tree shared by the theme pages (build time,
 * AmbitionChart.astro) and the compare page (browser): the change from baseline per year of the
 * plan, compared only within one family and base unit — one SVG panel per group, most ambitious
 * first — with both years on every bar, a ※ where a baseline year differs from its group's usual
 * one, and the targets left out listed by reason.
 */
import { numberFormat } from '../../i18n/intl';
import type { CityIndicator, CityPlan } from '../../lib/compare/cityData';
import { fill } from '../../i18n/fill';
import { formatFiscalYear } from '../../lib/formatFiscalYear';
import type { Lang } from '../../i18n/locales';
import { AMBITION_EXCLUSIONS, ambitionGroups, ambitionLayout, ambitionSize, type AmbitionExclusion, type AmbitionRow } from '../ambition';
import { CHART_LAYOUTS } from '../chartLayout';
import { formatRate, wrapLabel } from '../labels';
import type { Series } from '../palette';
import { chartFigure, type FigureWords, type HighlightSeries } from './chartFigure';
import { h, type Element, type Node } from './element';
import { valueWithWhen } from './valueWords';

/** The chart's UI templates in one language (`{slots}` unfilled). */
export interface AmbitionWords extends FigureWords {
  locale: string;
  title: string;
  takeaway: string;
  none: string;
  formula: string;
  axis: string;
  group: string;
  groupLabel: string;
  rowTitle: string;
  rowValues: string;
  perYear: string;
  unusualMark: string;
  unusualBaseline: string;
  excluded: string;
  reasons: Record<AmbitionExclusion, string>;
  separator: string;
  columns: { family: string; city: string; name: string; baseline: string; target: string; years: string; change: string; rate: string };
}

export interface AmbitionInput {
  lang: Lang;
  id: string;
  level: 2 | 3 | 4;
  indicators: readonly CityIndicator[];
  /** Town names by code. */
  towns: ReadonlyMap<string, string>;
  plans: ReadonlyMap<string, CityPlan>;
  series: ReadonlyMap<string, Series>;
  /** Family labels by id, in the vocabulary's order. */
  families: readonly (readonly [string, string])[];
  words: AmbitionWords;
  data?: Record<string, string> | undefined;
}

/** The targets left out, by reason, each with its town, in a <details>. */
function leftOut(excluded: { indicator: CityIndicator; reason: AmbitionExclusion }[], towns: ReadonlyMap<string, string>, w: AmbitionWords, locale: string, dataLang: string | undefined): Node {
  const reasons = AMBITION_EXCLUSIONS.map((reason) => ({ reason, items: excluded.filter((e) => e.reason === reason) })).filter((r) => r.items.length > 0);
  if (reasons.length === 0) return null;
  return h(
    'details',
    { class: 'left-out' },
    h('summary', {}, fill(w.excluded, { n: excluded.length }, locale)),
    h(
      'ul',
      {},
      reasons.map(({ reason, items }) =>
        h('li', {}, fill(w.reasons[reason], { n: items.length }, locale), h('ul', { class: 'names' }, items.map(({ indicator }) => h('li', {}, towns.get(indicator.municipality) ?? indicator.municipality, ' ', h('span', { lang: dataLang }, indicator.name))))),
      ),
    ),
  );
}

/** The ambition chart of some targets, or (with nothing to rank) the notes saying so and what was left out. */
export function ambitionFigure(input: AmbitionInput): Element {
  const { lang, id, level, towns, plans, series, words: w } = input;
  const locale = w.locale;
  const dataLang = lang === 'ja' ? undefined : 'ja';
  const f = (template: string, slots: Record<string, string | number>) => fill(template, slots, locale);
  const fy = (year: number) => formatFiscalYear(year, lang);
  const familyOrder = input.families.map(([fid]) => fid);
  const familyLabel = new Map(input.families);
  const { groups, excluded } = ambitionGroups(input.indicators, familyOrder);
  const rows = groups.flatMap((g) => g.rows);
  const cityOf = (code: string) => towns.get(code) ?? code;
  const groupName = (family: string, row: AmbitionRow<CityIndicator>) => f(w.group, { family: familyLabel.get(family)!, unit: row.indicator.words[lang].unitName });
  if (rows.length === 0) {
    return h('div', { class: 'chart-notes', ...input.data }, h('p', {}, w.none), h('p', {}, w.formula), leftOut(excluded, towns, w, locale, dataLang));
  }
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const ended = (ind: CityIndicator) => plans.get(ind.plan)?.ended?.[lang];
  const rowValues = (row: AmbitionRow<CityIndicator>) => {
    const from = fy(row.baselineFy) + (row.unusualBaseline ? w.unusualMark : '');
    const text = f(w.rowValues, { from, to: fy(row.targetFy), years: row.years, rate: f(w.perYear, { rate: formatRate(row.rate, locale) }) });
    const end = ended(row.indicator);
    return end ? `${text}${w.separator}${end}` : text;
  };
  const shown = new Set(rows.map((r) => r.indicator.municipality));
  const highlight: HighlightSeries[] = [...series].filter(([code]) => shown.has(code)).map(([code, s]) => ({ ...s, label: cityOf(code), city: code }));
  const panels = groups.flatMap((group, gi) =>
    CHART_LAYOUTS.map((layout) => {
      const g = ambitionLayout(group.rows, layout);
      const { margin, width, rowHeight, labelY, valuesY, barY, barHeight, titleY, axisY, tickY, nameLines, valueLines } = ambitionSize(layout);
      const room = (width - margin.left - margin.right) / 12;
      const first = group.rows[0]!;
      return h(
        'svg',
        {
          role: 'img',
          'aria-label': f(w.groupLabel, { family: familyLabel.get(group.family)!, unit: first.indicator.words[lang].unitName }),
          viewBox: `0 0 ${g.width} ${g.height}`,
          'data-layout': layout,
          id: layout === 'wide' ? `${id}-group-${gi}` : `${id}-group-${gi}-narrow`,
        },
        h('text', { class: 'axis-label', x: margin.left, y: titleY }, groupName(group.family, first)),
        h('text', { class: 'tick muted-text', x: width - margin.right, y: axisY, 'text-anchor': 'end' }, w.axis),
        g.ticks.map((tick) => h('text', { class: 'tick', x: tick.position, y: tickY, 'text-anchor': 'middle' }, percent.format(tick.value).replace('-', '−'))),
        g.rows.map(({ row, y, barX, barWidth }) => {
          const ind = row.indicator;
          const s = series.get(ind.municipality)!;
          const iw = ind.words[lang];
          return h(
            'g',
            { class: 'row', transform: `translate(0,${y})`, 'data-item': '', 'data-city': ind.municipality, 'data-themes': ind.themes.join(' '), 'data-series': s.key },
            h('title', {}, f(w.rowTitle, { city: cityOf(ind.municipality), name: ind.name, baseline: iw.baseline.text, baselineFy: fy(row.baselineFy), target: iw.target.text, targetFy: fy(row.targetFy), rate: formatRate(row.rate, locale) })),
            g.ticks.map((tick) => h('line', { class: 'grid', x1: tick.position, x2: tick.position, y1: valuesY + 4, y2: rowHeight })),
            h('line', { class: 'zero', x1: g.zeroX, x2: g.zeroX, y1: valuesY + 4, y2: rowHeight }),
            wrapLabel(`${cityOf(ind.municipality)}\u2002${ind.name}`, room, nameLines).map((line, i) => {
              const [city, ...rest] = i === 0 ? line.split('\u2002') : ['', line];
              return h('text', { class: 'row-label', x: margin.left, y: labelY + i * 15 }, city, i === 0 && ' ', h('tspan', { lang: dataLang }, rest.join(' ')));
            }),
            wrapLabel(rowValues(row), room, valueLines).map((line, i) => h('text', { class: 'row-values muted-text', x: margin.left, y: valuesY + i * 15 }, line)),
            h('rect', { class: 'mark', x: barX, y: barY, width: Math.max(barWidth, 1), height: barHeight, fill: s.colour }),
          );
        }),
      );
    }),
  );
  const unusual = rows.filter((r) => r.unusualBaseline);
  const c = w.columns;
  const table = h(
    'table',
    {},
    h('caption', { class: 'visually-hidden' }, w.title),
    h('thead', {}, h('tr', {}, [c.family, c.city, c.name, c.baseline, c.target].map((label) => h('th', { scope: 'col' }, label)), [c.years, c.change, c.rate].map((label) => h('th', { scope: 'col', class: 'num' }, label)))),
    h(
      'tbody',
      {},
      groups.flatMap((group) =>
        group.rows.map((row) => {
          const ind = row.indicator;
          const iw = ind.words[lang];
          const end = ended(ind);
          return h(
            'tr',
            { 'data-item': '', 'data-city': ind.municipality, 'data-themes': ind.themes.join(' ') },
            h('td', {}, groupName(group.family, row)),
            h('td', {}, cityOf(ind.municipality)),
            h('th', { scope: 'row' }, h('span', { lang: dataLang }, ind.name), end && [' ', h('span', { class: 'ended' }, end)]),
            h('td', {}, valueWithWhen(iw.baseline, dataLang), row.unusualBaseline && w.unusualMark),
            h('td', {}, valueWithWhen(iw.target, dataLang, ind.target.kind === 'qualitative')),
            h('td', { class: 'num' }, String(row.years)),
            h('td', { class: 'num' }, formatRate(row.change, locale)),
            h('td', { class: 'num' }, formatRate(row.rate, locale)),
          );
        }),
      ),
    ),
  );
  return chartFigure({
    id,
    title: w.title,
    takeaway: f(w.takeaway, { n: rows.length, groups: groups.length }),
    level,
    series: highlight,
    data: input.data,
    key: null,
    panels,
    notes: [
      h('p', {}, w.formula),
      unusual.length > 0 &&
        h(
          'ul',
          { class: 'unusual' },
          unusual.map((row) =>
            h('li', {}, f(w.unusualBaseline, { city: cityOf(row.indicator.municipality), name: row.indicator.name, fy: fy(row.baselineFy), others: row.otherBaselineFys.map(fy).join(w.separator) })),
          ),
        ),
      h('div', {}, leftOut(excluded, towns, w, locale, dataLang)),
    ],
    table,
    words: w,
  });
}
