import type { SearchOutcome } from '../../../lib/search/engine/types';
import { hitHref } from '../../../lib/search/resultLinks';
import { label } from '../client/config';
import { appendMarked } from './appendMarked';
import { hitCityName } from './hitParts';
import { countLabel, type PageRenderContext } from './renderResults';

/**
 * The header's listbox content: one group per kind with a few options (title highlighted, city),
 * then "see all results". Each option has an id (for aria-activedescendant) and `data-href`.
 */
export function renderOptions(doc: Document, outcome: SearchOutcome, ctx: PageRenderContext, allHref: string, idPrefix: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  let n = 0;
  const option = (href: string) => {
    const node = doc.createElement('div');
    node.setAttribute('role', 'option');
    node.setAttribute('aria-selected', 'false');
    node.id = `${idPrefix}-${n++}`;
    node.className = 'option';
    node.dataset['href'] = href;
    return node;
  };
  for (const group of outcome.groups) {
    const box = doc.createElement('div');
    box.setAttribute('role', 'group');
    const heading = doc.createElement('div');
    heading.className = 'group-label';
    heading.id = `${idPrefix}-g-${group.kind}`;
    heading.textContent = label(ctx.labels, `search.kind.${group.kind}`);
    box.setAttribute('aria-labelledby', heading.id);
    box.append(heading);
    for (const hit of group.hits) {
      const city = ctx.cities[hit.city];
      if (!city) continue;
      const node = option(hitHref(hit, city, ctx.lang));
      const title = doc.createElement('span');
      title.className = 'title';
      title.lang = 'ja';
      appendMarked(title, hit.title, hit.titleMarks);
      node.append(title);
      if (hit.kind !== 'city') {
        const where = doc.createElement('span');
        where.className = 'where';
        where.textContent = hitCityName(hit, ctx);
        node.append(doc.createTextNode(' '), where);
      }
      box.append(node);
    }
    fragment.append(box);
  }
  const all = option(allHref);
  all.classList.add('see-all');
  all.textContent = label(ctx.labels, 'search.seeAll', {
    count: countLabel(outcome.total, outcome.approximate, ctx),
  });
  fragment.append(all);
  return fragment;
}
