import type { ChartLayout } from '../../../charts/chartLayout';
import { h, toDom } from '../../../charts/render/element';
import { fill } from '../../../i18n/fill';
import type { CityData } from '../../../lib/compare/cityData';
import { panelPicks, type PanelPick } from './panelPicks';
import { placeOnAxis, readPanelAxis, type PanelAxis } from './panelAxis';
import { picksTable, type PanelRows, type PicksTableWords, type TownOnPanel } from './picksTable';
import { rowMarks, type RowMark } from './rowMarks';

/** A picked town with its colour on the page. */
export interface PickedTown {
  town: CityData;
  colour: string;
}

/** What a figure is marked for: the page's theme and the words. */
export interface MarkContext extends PicksTableWords {
  theme: string;
}

const ROLES = ['baseline', 'target'] as const;

/** The marks of one row (baselines or targets) of a panel for every picked town. */
function marksOf(role: (typeof ROLES)[number], axis: PanelAxis, towns: readonly TownOnPanel[], ctx: MarkContext): RowMark[] {
  const l = ctx.labels;
  const what = l[role === 'baseline' ? 'chart.key.baseline' : 'chart.key.target'];
  return towns.flatMap(({ town, colour, picks }) =>
    picks.flatMap(({ indicator, baseline, target }: PanelPick) => {
      const words = indicator.words[ctx.lang];
      const value = role === 'baseline' ? baseline : (target?.low ?? null);
      if (value === null) return [];
      const text = axis.perResident ? (words.perThousand?.[role] ?? '') : words[role].text;
      const x2 = role === 'target' && target ? placeOnAxis(axis, target.high) : null;
      const name = town.name[ctx.lang];
      return [{ code: town.code, town: name, colour, x: placeOnAxis(axis, value), x2, title: fill(l['highlight.markTitle'], { town: name, name: indicator.name, what, value: text }) }];
    }),
  );
}

/**
 * Marks the picked towns on one pre-rendered distribution figure (`figure[data-strip-family]`):
 * each panel SVG, in both layouts, gets its towns' baselines and targets placed on the axis the
 * build wrote on it, and the figure's `[data-picks-body]` their table (or, with no town, its hint).
 * Earlier marks are removed first, so it can be called again whenever the towns change.
 */
export function markFigure(figure: HTMLElement, towns: readonly PickedTown[], ctx: MarkContext): void {
  const family = figure.dataset['stripFamily'] ?? '';
  const tables: PanelRows[] = [];
  for (const svg of figure.querySelectorAll<SVGSVGElement>('svg[data-unit]')) {
    for (const old of svg.querySelectorAll('[data-picks]')) old.remove();
    const axis = readPanelAxis(svg.dataset);
    if (axis === null || towns.length === 0) continue;
    const layout: ChartLayout = svg.dataset['layout'] === 'narrow' ? 'narrow' : 'wide';
    const onPanel = towns.map(({ town, colour }) => ({ town, colour, picks: panelPicks(town, ctx.theme, family, axis, ctx.lang) }));
    for (const role of ROLES) {
      const row = svg.querySelector<SVGGElement>(`g.strip-${role}`);
      const shape = row?.querySelector('path.mark')?.getAttribute('d');
      if (!row || !shape) continue;
      const marks = rowMarks(marksOf(role, axis, onPanel, ctx), layout, shape, role === 'baseline', row.querySelector('.row-label')?.textContent ?? '');
      const dom = toDom(marks, svg.ownerDocument, true);
      if (dom) row.append(dom);
    }
    if (layout === 'wide') tables.push({ heading: svg.getAttribute('aria-label') ?? '', perResident: axis.perResident, towns: onPanel });
  }
  const body = figure.querySelector<HTMLElement>('[data-picks-body]');
  if (!body) return;
  const content = toDom(towns.length === 0 ? h('p', { class: 'picks-hint' }, ctx.labels['highlight.empty']) : picksTable(body.dataset['caption'] ?? '', tables, ctx), body.ownerDocument);
  body.replaceChildren(...(content ? [content] : []));
}
