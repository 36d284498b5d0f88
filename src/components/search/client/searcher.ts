import { openSearcher } from '../../../lib/search/engine/openSearcher';
import type { Searcher } from '../../../lib/search/engine/search';
import { href } from '../../../lib/url';

let opened: Promise<Searcher> | undefined;

/** The site's searcher, opened on first call: the manifest and the first part files are fetched then, never before. */
export function getSearcher(): Promise<Searcher> {
  opened ??= openSearcher(async (name) => {
    const response = await fetch(href(`/${name}`));
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    return response.json();
  });
  opened.catch(() => (opened = undefined));
  return opened;
}
