import { themeName } from '../../../domain/themeNames';
import type { SearchOutcome } from '../../../lib/search/engine/types';
import { searchHref } from '../../../lib/search/resultLinks';
import { hasFilters, searchQueryString, type SearchState } from '../../../lib/search/searchState';
import { localeHref } from '../../../lib/url';
import { label } from '../client/config';
import type { PageRenderContext } from './renderResults';

/** Queries offered when nothing matches: they find something in every corpus of the site. */
export const EXAMPLE_QUERIES = ['子育てアプリ', '空き家', '移住', 'DX'] as const;

/** A link element with text (never HTML). */
function link(doc: Document, url: string, text: string): HTMLAnchorElement {
  const a = doc.createElement('a');
  a.href = url;
  a.textContent = text;
  return a;
}

/** Links to the theme pages the query names (e.g. 子育て → 結婚・出産・子育て), or null when none. */
export function renderThemeLinks(doc: Document, outcome: SearchOutcome, ctx: PageRenderContext): HTMLElement | null {
  if (outcome.themes.length === 0) return null;
  const list = doc.createElement('ul');
  list.className = 'theme-links';
  for (const id of outcome.themes) {
    const item = doc.createElement('li');
    item.append(link(doc, localeHref(ctx.lang, `/themes/${id}/`), label(ctx.labels, 'search.themeLink', { theme: themeName(id)[ctx.lang] })));
    list.append(item);
  }
  return list;
}

/** The empty state: what was not found, and what to try (shorter words, no filters, examples). */
export function renderEmpty(doc: Document, state: SearchState, ctx: PageRenderContext): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'empty';
  const heading = doc.createElement('p');
  heading.className = 'empty-title';
  heading.textContent = label(ctx.labels, 'search.none', { query: state.query });
  const tips = doc.createElement('ul');
  const tip = (node: Node | string) => {
    const li = doc.createElement('li');
    li.append(node);
    tips.append(li);
    return li;
  };
  tip(label(ctx.labels, 'search.tipWords'));
  if (hasFilters(state.filters)) {
    const url = searchHref(ctx.lang, searchQueryString({ query: state.query, filters: { city: null, theme: null, kind: null } }));
    tip(link(doc, url, label(ctx.labels, 'search.tipFilters')));
  }
  const examples = tip(`${label(ctx.labels, 'search.tipExamples')} `);
  EXAMPLE_QUERIES.forEach((query, i) => {
    if (i > 0) examples.append(doc.createTextNode('・'));
    const a = link(doc, searchHref(ctx.lang, searchQueryString({ query, filters: state.filters })), query);
    a.lang = 'ja';
    examples.append(a);
  });
  box.append(heading, tips);
  return box;
}
