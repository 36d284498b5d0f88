/**
 * What the compare page draws for the towns chosen and a theme, as element trees (rendered into
 * the page by compareView.ts): the towns' population with its source, a dumbbell chart per family
 * (the same code as the theme pages' charts) and a table with a row per family, a column per town
 * and a last row of each town's indicators in no family.
 */
import { citySeries } from '../../charts/palette';
import { ambitionFigure } from '../../charts/render/ambitionFigure';
import { dumbbellFigure } from '../../charts/render/dumbbellFigure';
import { h, type Element } from '../../charts/render/element';
import { populationSource } from '../../charts/render/populationSource';
import { valueWithWhen } from '../../charts/render/valueWords';
import { fill } from '../../i18n/fill';
import type { CityData, CityDataIndicator, CityPlan } from '../../lib/compare/cityData';
import { indicatorHref } from '../../lib/compare/indicatorPath';
import type { CompareMessages } from './messages';

/** What the page shows for one state. */
export interface CompareBody {
  population: Element;
  /** One chart per family, each built when called (so a page can draw them one task at a time). */
  charts: (() => Element | null)[];
  /** How ambitious the targets in a family are, compared within the family. */
  ambition: () => Element;
  /** The table without its body rows, then each body row (a family, then the towns' other indicators), built when called. */
  table: { frame: () => Element; rows: (() => Element)[] };
  /** Indicators shown in the table (what the status line counts). */
  count: number;
}

/** The indicators of a town on a theme ('' for every theme). */
export function onTheme(town: CityData, theme: string): CityDataIndicator[] {
  return theme === '' ? town.indicators : town.indicators.filter((i) => (i.themes as string[]).includes(theme));
}

/** One indicator in a table cell: name (to its row on the town's page), plan, baseline and target, source line. */
function cellItem(ind: CityDataIndicator, town: CityData, plan: CityPlan | undefined, m: CompareMessages): Element {
  const dataLang = m.lang === 'ja' ? undefined : 'ja';
  const words = ind.words[m.lang];
  const ended = plan?.ended?.[m.lang];
  return h(
    'div',
    { class: 'item' },
    h('a', { class: 'name', href: indicatorHref(m.pagePrefix, town, ind), lang: dataLang }, ind.name),
    plan && h('span', { class: 'plan' }, h('span', { lang: dataLang }, plan.title), ended && [' ', h('span', { class: 'ended' }, ended)]),
    h('dl', { class: 'pair' }, h('dt', {}, m.table.baseline), h('dd', {}, valueWithWhen(words.baseline, dataLang)), h('dt', {}, m.table.target), h('dd', {}, valueWithWhen(words.target, dataLang, ind.target.kind === 'qualitative'))),
    h('a', { class: 'source-link', href: `${m.pagePrefix}sources/${ind.source.document}/#L${ind.source.line}` }, fill(m.table.source, { where: fill(m.table.line, { line: ind.source.line }) })),
  );
}

/** The compare page's charts and table for `towns` (in the order chosen) on `theme`. */
export function compareBody(towns: readonly CityData[], theme: string, m: CompareMessages): CompareBody {
  const dataLang = m.lang === 'ja' ? undefined : 'ja';
  const series = citySeries(towns.map((t) => t.code));
  const shown = new Map(towns.map((t) => [t.code, onTheme(t, theme)]));
  const plans = new Map(towns.flatMap((t) => t.plans.map((p) => [p.id, p] as const)));
  const chartTowns = new Map(towns.map((t) => [t.code, { name: t.name[m.lang], population: t.population.count, populationText: t.population.text[m.lang] }]));
  const source = populationSource(m.population.source, dataLang);
  const families = m.families.filter(([id]) => towns.some((t) => shown.get(t.code)!.some((i) => i.family === id)));
  const charts = families.map(([id, label]) => () =>
    dumbbellFigure({
      lang: m.lang,
      id: `dumbbell-${id}`,
      level: 3,
      familyLabel: label,
      indicators: towns.flatMap((t) => shown.get(t.code)!.filter((i) => i.family === id)),
      towns: chartTowns,
      plans,
      series,
      words: m.dumbbell,
      populationSource: source,
      data: { 'data-chart': 'dumbbell' },
    }),
  );
  const known = new Set(m.families.map(([id]) => id));
  const ambition = () =>
    ambitionFigure({
      lang: m.lang,
      id: 'ambition',
      level: 2,
      indicators: towns.flatMap((t) => shown.get(t.code)!.filter((i) => i.family !== null && known.has(i.family))),
      towns: new Map(towns.map((t) => [t.code, t.name[m.lang]])),
      plans,
      series,
      families: m.families,
      words: m.ambition,
      data: { 'data-chart': 'ambition' },
    });
  const cell = (town: CityData, items: CityDataIndicator[]) =>
    h('td', { 'data-label': town.name[m.lang] }, items.length === 0 ? h('span', { class: 'empty' }, m.table.none) : items.map((i) => cellItem(i, town, plans.get(i.plan), m)));
  const frame = () =>
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'compare-table' },
        h('caption', {}, m.table.caption),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, m.table.family), towns.map((t) => h('th', { scope: 'col' }, h('a', { href: `${m.pagePrefix}cities/${t.slug}/` }, t.name[m.lang]))))),
        h('tbody', {}),
      ),
    );
  const rows = [
    ...families.map(([id, label]) => () => h('tr', {}, h('th', { scope: 'row' }, label), towns.map((t) => cell(t, shown.get(t.code)!.filter((i) => i.family === id))))),
    () => h('tr', {}, h('th', { scope: 'row' }, m.table.others), towns.map((t) => cell(t, shown.get(t.code)!.filter((i) => i.family === null || !known.has(i.family))))),
  ];
  const population = h(
    'div',
    { class: 'population' },
    h('p', { class: 'label', id: 'population-label' }, m.population.label),
    h('ul', { 'aria-labelledby': 'population-label' }, towns.map((t) => h('li', {}, t.name[m.lang], ' ', h('span', { class: 'count' }, t.population.text[m.lang])))),
    h('p', { class: 'source' }, source),
  );
  return { population, charts, ambition, table: { frame, rows }, count: [...shown.values()].reduce((n, list) => n + list.length, 0) };
}
