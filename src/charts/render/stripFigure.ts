/**
 * A family's baselines and targets across every town, as a distribution (src/charts/strip.ts): one
 * SVG panel per base unit, and per 1,000 residents for counts, each with a row of bars for
 * baselines and one for targets, a takeaway with the medians and the bins as a data table. Its size
 * does not depend on the number of towns.
 */
import type { CityIndicator } from '../../lib/compare/cityData';
import { fill } from '../../i18n/fill';
import type { Lang } from '../../i18n/locales';
import { readableTicks, type LinearScale } from '../axis';
import { CHART_LAYOUTS } from '../chartLayout';
import type { DumbbellPanel } from '../dumbbell';
import { markPath } from '../palette';
import { stripLayout, stripPanel, stripSize, stripSources, type StripPanel } from '../strip';
import { chartFigure, type FigureWords } from './chartFigure';
import { h, type Element, type Node } from './element';

/** The chart's templates in one language (`{slots}` unfilled). */
export interface StripWords extends FigureWords {
  locale: string;
  title: string;
  takeaway: string;
  panel: string;
  perPanel: string;
  axisValue: string;
  perAxis: string;
  baselines: string;
  targets: string;
  range: string;
  barTitle: string;
  note: string;
  perNote: string;
  none: string;
}

export interface StripInput {
  lang: Lang;
  id: string;
  level: 2 | 3 | 4;
  /** Family id, written on the figure (`data-strip-family`) for the theme page's script that marks the towns a reader picks. */
  family?: string;
  familyLabel: string;
  indicators: readonly CityIndicator[];
  /** Population by town code (for the per-1,000-residents panels). */
  population: (code: string) => number | undefined;
  words: StripWords;
  populationSource: Node;
  /** What goes right under the panels (the theme page's table of the towns a reader picks). */
  picks?: Node;
}

/**
 * What a script needs to place a value on a panel as the build did (src/components/theme/client/):
 * the panel's base unit, whether it is per 1,000 residents, and its scale's domain and pixel range.
 * `{ domain: [0, 400], range: [24, 696] }` → data-domain="0 400" data-range="24 696".
 */
function axisData(panel: StripPanel, x: LinearScale): Record<string, string> {
  return { 'data-unit': panel.unit, 'data-domain': x.domain().join(' '), 'data-range': x.range().join(' ') };
}

/** A value as the axis labels it: `label(760000, 'ja-JP')` → '76万'. */
const label = (value: number, locale: string) => readableTicks([{ value, position: 0, label: '' }], locale)[0]!.label;

function panelSvgs(id: string, panel: StripPanel, ariaLabel: string, axisLabel: string, w: StripWords, derived: boolean): Element[] {
  const f = (template: string, slots: Record<string, string | number>) => fill(template, slots, w.locale);
  return CHART_LAYOUTS.map((layout) => {
    const g = stripLayout(panel, layout);
    const ticks = readableTicks(g.ticks, w.locale);
    const { margin, rowHeight, labelY, barMax } = stripSize(layout);
    const row = (name: string, role: 'baseline' | 'target', count: (b: StripPanel['bins'][number]) => number, top: number) =>
      h(
        'g',
        { class: `strip-row strip-${role}`, transform: `translate(0,${top})` },
        h('path', { class: role === 'baseline' ? 'mark hollow' : 'mark', d: markPath(role, 60), transform: `translate(${margin.left + 5},${labelY - 4})` }),
        h('text', { class: 'row-label', x: margin.left + 14, y: labelY }, name),
        ticks.map((tick) => h('line', { class: 'grid', x1: tick.position, x2: tick.position, y1: labelY + 4, y2: rowHeight })),
        panel.bins.map((b) => {
          const n = count(b);
          if (n === 0) return null;
          const height = Math.max(2, (n / g.most) * barMax);
          return h(
            'rect',
            { class: `bar bar-${role}`, x: g.x(b.x0) + 0.5, y: rowHeight - height, width: Math.max(1, g.x(b.x1) - g.x(b.x0) - 1), height },
            h('title', {}, f(w.barTitle, { what: name, from: label(b.x0, w.locale), to: label(b.x1, w.locale), n })),
          );
        }),
      );
    return h(
      'svg',
      { role: 'img', 'aria-label': ariaLabel, viewBox: `0 0 ${g.width} ${g.height}`, 'data-derived': derived ? '' : undefined, 'data-layout': layout, ...axisData(panel, g.x), id: layout === 'wide' ? id : `${id}-narrow` },
      h('text', { class: 'axis-label', x: margin.left, y: 12 }, axisLabel),
      ticks.map((tick) => h('text', { class: 'tick', x: tick.position, y: 28, 'text-anchor': tick.position <= margin.left + 1 ? 'start' : tick.position >= g.width - margin.right - 1 ? 'end' : 'middle' }, tick.label)),
      row(w.baselines, 'baseline', (b) => b.baselines, margin.top),
      row(w.targets, 'target', (b) => b.targets, margin.top + rowHeight),
    );
  });
}

/** The distribution chart of one family, or null when none of its indicators has a value. */
export function stripFigure(input: StripInput): Element | null {
  const { lang, id, level, familyLabel, words: w } = input;
  const f = (template: string, slots: Record<string, string | number>) => fill(template, slots, w.locale);
  const byId = new Map(input.indicators.map((i) => [i.id, i]));
  const sources = stripSources(input.indicators, (rowId) => byId.get(rowId)!.words[lang].perThousand !== null, input.population);
  const panels = sources.filter((s) => !s.perResident).map((s) => s.panel);
  if (panels.length === 0) return null;
  const unitName = (panel: DumbbellPanel) => byId.get(panel.rows[0]!.id)!.words[lang].unitName;
  const perResident = sources.filter((s) => s.perResident).map((s) => s.panel);
  const drawn = [
    ...panels.map((p, i) => ({ id: `${id}-panel-${i}`, source: p, strip: stripPanel(p), derived: false })),
    ...perResident.map((p, i) => ({ id: `${id}-per-resident-${i}`, source: p, strip: stripPanel(p), derived: true })),
  ];
  const total = panels.reduce((n, p) => n + p.rows.length, 0);
  const takeaways = drawn
    .filter((d) => !d.derived && d.strip.medianBaseline !== null && d.strip.medianTarget !== null)
    .map((d) => f(w.takeaway, { unit: unitName(d.source), baseline: label(d.strip.medianBaseline!, w.locale), target: label(d.strip.medianTarget!, w.locale) }));
  const svgs = drawn.flatMap((d) => {
    const unit = unitName(d.source);
    return d.derived
      ? panelSvgs(d.id, d.strip, f(w.perPanel, { family: familyLabel, unit }), f(w.perAxis, { unit }), w, true)
      : panelSvgs(d.id, d.strip, f(w.panel, { family: familyLabel, unit }), f(w.axisValue, { unit }), w, false);
  });
  const table = h(
    'table',
    {},
    h('caption', { class: 'visually-hidden' }, f(w.title, { family: familyLabel, n: total })),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, w.range), h('th', { scope: 'col', class: 'num' }, w.baselines), h('th', { scope: 'col', class: 'num' }, w.targets))),
    h(
      'tbody',
      {},
      drawn.flatMap((d) => {
        const unit = unitName(d.source);
        const heading = d.derived ? f(w.perPanel, { family: familyLabel, unit }) : f(w.panel, { family: familyLabel, unit });
        return [
          h('tr', {}, h('th', { scope: 'colgroup', colspan: 3 }, heading)),
          ...d.strip.bins
            .filter((b) => b.baselines + b.targets > 0)
            .map((b) => h('tr', {}, h('th', { scope: 'row' }, `${label(b.x0, w.locale)}–${label(b.x1, w.locale)}`), h('td', { class: 'num' }, String(b.baselines)), h('td', { class: 'num' }, String(b.targets)))),
        ];
      }),
    ),
  );
  return chartFigure({
    id,
    title: f(w.title, { family: familyLabel, n: total }),
    data: input.family === undefined ? undefined : { 'data-strip-family': input.family },
    takeaway: takeaways.length > 0 ? takeaways.join(' ') : w.none,
    level,
    series: [],
    key: null,
    panels: svgs,
    notes: [h('p', {}, w.note), perResident.length > 0 && h('p', {}, w.perNote, ' ', input.populationSource)],
    table,
    afterPanels: input.picks,
    words: w,
  });
}
