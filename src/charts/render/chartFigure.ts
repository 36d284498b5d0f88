import { markPath, type MarkRole } from '../palette';
import { h, type Element, type Node } from './element';

/** A city in a figure's "highlight a city" choice. */
export interface HighlightSeries {
  key: string;
  colour: string;
  label: string;
  city: string;
}

/** The frame's own words in one language. */
export interface FigureWords {
  highlight: string;
  highlightNone: string;
  dataTable: string;
}

/** What a chart frame holds around its SVG panels. */
export interface FigureParts {
  id: string;
  title: string;
  takeaway: string;
  level: 2 | 3 | 4;
  series: readonly HighlightSeries[];
  /** `data-*` attributes (the compare page's filter). */
  data?: Record<string, string> | undefined;
  key: Node;
  panels: Node[];
  /** What goes right under the panels, before the notes (the theme page's table of the towns a reader picks). */
  afterPanels?: Node;
  notes: Node[];
  table: Node;
  words: FigureWords;
}

/** A mark shape in a key or label (decorative: the text beside it says what it is). Same markup as Swatch.astro. */
export function swatch(role: MarkRole, colour?: string, hollow = false): Element {
  return h(
    'svg',
    { viewBox: '-8 -8 16 16', 'aria-hidden': 'true', focusable: 'false' },
    h('path', { class: hollow ? 'mark hollow' : 'mark', d: markPath(role, 90), fill: hollow ? undefined : (colour ?? 'currentColor') }),
  );
}

/**
 * The frame every chart shares, as ChartFigure.astro draws it: title, takeaway, key, the "highlight
 * a city" choice for two or more series, the panels, notes and the data table in a <details>.
 */
export function chartFigure(p: FigureParts): Element {
  return h(
    'figure',
    { class: 'chart', id: p.id, 'aria-labelledby': `${p.id}-title`, ...p.data },
    h('figcaption', {}, h(`h${p.level}`, { class: 'chart-title', id: `${p.id}-title` }, p.title), h('p', { class: 'chart-takeaway', 'data-takeaway': '' }, p.takeaway)),
    p.key,
    p.series.length > 1 &&
      h(
        'fieldset',
        { class: 'chart-highlight' },
        h('legend', {}, p.words.highlight),
        h('label', {}, h('input', { type: 'radio', name: `${p.id}-highlight`, value: '', checked: true }), p.words.highlightNone),
        p.series.map((s) => h('label', { 'data-city': s.city }, h('input', { type: 'radio', name: `${p.id}-highlight`, value: s.key }), swatch('baseline', s.colour), s.label)),
      ),
    h('div', { class: 'chart-scroll' }, p.panels),
    p.afterPanels,
    h('div', { class: 'chart-notes' }, p.notes),
    h('details', { class: 'chart-data' }, h('summary', {}, p.words.dataTable), h('div', { class: 'table-scroll' }, p.table)),
  );
}
