/**
 * The rows of the indicator table for the towns loaded, as element trees (put into the page by
 * indicatorTable.ts): the same columns and cells the table had when it was rendered at build time,
 * from the towns' data files and the page's labels. Each row carries what the filters read
 * (data-city, data-themes, data-family, data-level, data-kind), its place in reading order
 * (data-index) and its line of indicators.csv (data-csv); cells sort by data-sort-value when given.
 */
import { h, type Element } from '../../charts/render/element';
import { valueWithWhen } from '../../charts/render/valueWords';
import { fill } from '../../i18n/fill';
import type { CityData, CityDataIndicator } from '../../lib/compare/cityData';
import { indicatorHref } from '../../lib/compare/indicatorPath';
import type { IndicatorTableMessages } from './messages';

/** '' for no number, so that empty cells sort last. */
const num = (v: number | null) => (v === null ? '' : String(v));

/** One indicator's row. */
function row(ind: CityDataIndicator, town: CityData, index: number, planTitle: string, m: IndicatorTableMessages): Element {
  const dataLang = m.lang === 'ja' ? undefined : 'ja';
  const words = ind.words[m.lang];
  const family = ind.family === null ? '' : (m.families[ind.family] ?? ind.family);
  const themes = ind.themes.map((id) => m.themes[id] ?? id).join(m.separator);
  const { document, line, lineEnd } = ind.source;
  const lines = lineEnd === undefined ? fill(m.line, { line }) : fill(m.lines, { line, lineEnd });
  return h(
    'tr',
    { 'data-index': index, 'data-city': town.code, 'data-themes': ind.themes.join(' '), 'data-family': ind.family ?? '', 'data-level': ind.level, 'data-kind': ind.target.kind, 'data-csv': ind.csv },
    h('th', { scope: 'row' }, h('a', { href: indicatorHref(m.pagePrefix, town, ind), lang: dataLang }, ind.name)),
    h('td', { 'data-sort-value': town.code }, town.name[m.lang]),
    h('td', { class: 'small', lang: dataLang }, planTitle),
    h('td', {}, m.levels[ind.level] ?? ind.level),
    h('td', { 'data-sort-value': num(ind.baseline.valueBase), 'data-label': m.baseline }, valueWithWhen(words.baseline, dataLang)),
    h('td', { 'data-sort-value': num(ind.target.valueBase), 'data-label': m.target }, valueWithWhen(words.target, dataLang, ind.target.kind === 'qualitative')),
    h('td', {}, m.kinds[ind.target.kind] ?? ind.target.kind),
    h('td', { 'data-sort-value': num(ind.target.fiscalYear) }, ind.target.fiscalYear === null ? m.none : String(ind.target.fiscalYear)),
    h('td', { 'data-sort-value': family }, family === '' ? m.none : family),
    h('td', { class: 'small', 'data-sort-value': themes }, themes === '' ? m.none : themes),
    h('td', { class: 'nowrap', 'data-sort-value': `${document}:${String(line).padStart(6, '0')}` }, h('a', { href: `${m.pagePrefix}sources/${document}/#L${line}` }, lines)),
  );
}

/**
 * The rows of `towns` in reading order (towns in the order chosen, each town's indicators in its
 * file's order), numbered from 0 in data-index.
 */
export function indicatorRows(towns: readonly CityData[], m: IndicatorTableMessages): Element[] {
  let index = 0;
  return towns.flatMap((town) => {
    const plans = new Map(town.plans.map((p) => [p.id, p.title]));
    return town.indicators.map((ind) => row(ind, town, index++, plans.get(ind.plan) ?? '', m));
  });
}
