import type { KindResults, SearchHit, SearchOutcome } from '../../../lib/search/engine/types';
import { hitHref, sourceHref } from '../../../lib/search/resultLinks';
import { label } from '../client/config';
import type { ClientLabels } from '../clientLabels';
import { appendMarked } from './appendMarked';
import { byCity, hitCityName, type RenderContext } from './hitParts';

/** Context of the search page's renderer. */
export interface PageRenderContext extends RenderContext {
  labels: ClientLabels;
}

/** Creates an element with a class and optional text (as text, never HTML). */
function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Count of a group as a label: '12件', '1 result', '12 results', or '約1,200件' when not every candidate was checked. */
export function countLabel(total: number, approximate: boolean, ctx: PageRenderContext): string {
  const n = total.toLocaleString(ctx.lang === 'ja' ? 'ja-JP' : 'en-GB');
  return label(ctx.labels, approximate ? 'search.countApprox' : total === 1 ? 'search.countOne' : 'search.count', { n });
}

/** One result: the link to its place on the city page (title highlighted), a snippet and its source link. */
export function renderHit(doc: Document, hit: SearchHit, ctx: PageRenderContext): HTMLLIElement {
  const item = el(doc, 'li', 'hit');
  const city = ctx.cities[hit.city];
  const link = el(doc, 'a', 'hit-link');
  link.dataset['result'] = '';
  if (city) link.href = hitHref(hit, city, ctx.lang);
  link.lang = 'ja';
  appendMarked(link, hit.title, hit.titleMarks);
  item.append(link);
  if (hit.snippet !== null) {
    const snippet = el(doc, 'p', 'snippet');
    snippet.lang = 'ja';
    appendMarked(snippet, hit.snippet, hit.snippetMarks);
    item.append(snippet);
  }
  const source = sourceHref(hit, ctx.lang);
  if (source !== null && hit.source !== null) {
    const meta = el(doc, 'p', 'meta');
    const a = el(doc, 'a', 'source', label(ctx.labels, 'search.source', { line: hit.source.line }));
    a.href = source;
    meta.append(a);
    item.append(meta);
  }
  return item;
}

/** One kind's section: heading with count, hits by city (cities under their own heading), and a "more" button. */
export function renderGroup(doc: Document, group: KindResults, ctx: PageRenderContext): HTMLElement {
  const section = el(doc, 'section', 'group');
  section.dataset['kind'] = group.kind;
  const heading = el(doc, 'h2', '', `${label(ctx.labels, `search.kind.${group.kind}`)} `);
  heading.append(el(doc, 'span', 'count', countLabel(group.total, group.approximate, ctx)));
  section.append(heading);
  if (group.kind === 'city') {
    const list = el(doc, 'ul', 'hits');
    for (const hit of group.hits) list.append(renderHit(doc, hit, ctx));
    section.append(list);
  } else {
    for (const [, hits] of byCity(group.hits)) {
      const first = hits[0];
      if (!first) continue;
      section.append(el(doc, 'h3', 'city', hitCityName(first, ctx)));
      const list = el(doc, 'ul', 'hits');
      for (const hit of hits) list.append(renderHit(doc, hit, ctx));
      section.append(list);
    }
  }
  if (group.total > group.hits.length) {
    const more = el(doc, 'button', 'more', label(ctx.labels, 'search.more'));
    more.type = 'button';
    more.dataset['more'] = group.kind;
    section.append(more);
  }
  return section;
}

/** Every group of an outcome, in order. */
export function renderResults(doc: Document, outcome: SearchOutcome, ctx: PageRenderContext): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const group of outcome.groups) fragment.append(renderGroup(doc, group, ctx));
  return fragment;
}
