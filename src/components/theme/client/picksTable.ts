import { h, type Element, type Node } from '../../../charts/render/element';
import { valueWithWhen } from '../../../charts/render/valueWords';
import type { Lang } from '../../../i18n/locales';
import type { CityData } from '../../../lib/compare/cityData';
import { indicatorHref } from '../../../lib/compare/indicatorPath';
import type { HighlightLabels } from '../highlightLabels';
import type { PanelPick } from './panelPicks';

/** A picked town on one panel: the town, its colour on the page and its indicators there. */
export interface TownOnPanel {
  town: CityData;
  colour: string;
  picks: readonly PanelPick[];
}

/** One panel of a figure: its name (the SVG's label), whether it is per 1,000 residents, and the picked towns on it. */
export interface PanelRows {
  heading: string;
  perResident: boolean;
  towns: readonly TownOnPanel[];
}

/** What the table is written with. */
export interface PicksTableWords {
  lang: Lang;
  labels: HighlightLabels;
  /** Base and language prefix of page links, ending in '/'. */
  pagePrefix: string;
}

/** The town's colour beside its name, as on its marks (decorative: the name says which town). */
export function townSwatch(colour: string): Element {
  return h('svg', { class: 'pick-swatch', viewBox: '-8 -8 16 16', 'aria-hidden': 'true', focusable: 'false' }, h('circle', { r: 6, fill: colour }));
}

/** The rows of one town on one panel: one per indicator, or one saying it has none there. */
function townRows({ town, colour, picks }: TownOnPanel, perResident: boolean, w: PicksTableWords): Element[] {
  const dataLang = w.lang === 'ja' ? undefined : 'ja';
  const name = h('th', { scope: 'row' }, townSwatch(colour), town.name[w.lang]);
  if (picks.length === 0) return [h('tr', {}, name, h('td', { colspan: 3, class: 'muted' }, w.labels['highlight.noneInPanel']))];
  return picks.map(({ indicator }) => {
    const words = indicator.words[w.lang];
    const per = perResident ? words.perThousand : null;
    const value = (text: string): Node => h('span', { class: 'value' }, text);
    return h(
      'tr',
      {},
      name,
      h('td', {}, h('a', { href: indicatorHref(w.pagePrefix, town, indicator), lang: dataLang }, indicator.name)),
      h('td', {}, per ? value(per.baseline) : valueWithWhen(words.baseline, dataLang)),
      h('td', {}, per ? value(per.target) : valueWithWhen(words.target, dataLang, indicator.target.kind === 'qualitative')),
    );
  });
}

/**
 * The text alternative of a figure's marks: a table of the picked towns' indicators on each of its
 * panels (a heading row per panel; values per 1,000 residents on those panels), the values as the
 * build formatted them in the town's data file; `caption` names the family (written by the build).
 */
export function picksTable(caption: string, panels: readonly PanelRows[], w: PicksTableWords): Element {
  const l = w.labels;
  return h(
    'table',
    { class: 'picks-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, [l['highlight.town'], l['indicator.name'], l['chart.key.baseline'], l['chart.key.target']].map((text) => h('th', { scope: 'col' }, text)))),
    panels.map((panel) => h('tbody', {}, h('tr', {}, h('th', { scope: 'colgroup', colspan: 4 }, panel.heading)), panel.towns.flatMap((t) => townRows(t, panel.perResident, w)))),
  );
}

