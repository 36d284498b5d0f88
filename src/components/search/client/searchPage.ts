import type { SearchLimits } from '../../../lib/search/engine/search';
import { parseSearchState, searchQueryString, type SearchState } from '../../../lib/search/searchState';
import { renderEmpty, renderThemeLinks } from '../dom/renderNotices';
import { renderResults } from '../dom/renderResults';
import { label, readConfig } from './config';
import { searchInWorker } from './searchClient';
import { statusText } from './statusText';

/** Results per kind on the search page, and how many more "show more" adds. */
const FIRST_PAGE = 20;
const MORE = 50;

/**
 * Runs the search page: reads the query and filters from the URL, searches as the reader types
 * or changes a filter, keeps the URL in step (so a search can be shared and reloads to the same
 * results), and lets the keyboard move between results (↑/↓, Escape back to the box). The city
 * filter is a town picker (its hidden input `city`): choosing a town searches again, a URL's town
 * is shown by name, and a button (or emptying the field) removes the filter.
 */
export function startSearchPage(root: HTMLElement): void {
  const { lang, labels } = readConfig(root);
  const doc = root.ownerDocument;
  const form = root.querySelector('form');
  // The page's own status line, not the town picker's.
  const status = root.querySelector<HTMLElement>(':scope > [role="status"]');
  const results = root.querySelector<HTMLElement>('.results');
  if (!form || !status || !results) return;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  const input = field('q') as HTMLInputElement | null;
  if (!input) return;
  const picker = root.querySelector<HTMLElement>('town-picker');
  const town = picker?.querySelector<HTMLInputElement>('input[role="combobox"]');
  const clear = root.querySelector<HTMLButtonElement>('[data-clear-city]');
  let limits: SearchLimits = { perKind: FIRST_PAGE, blocksPerKind: 8 };
  let seq = 0;

  const read = (): SearchState => parseSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const write = (state: SearchState) => {
    input.value = state.query;
    for (const [name, value] of Object.entries(state.filters)) {
      const select = field(name);
      if (select) select.value = value ?? '';
    }
    const city = state.filters.city;
    if (town) town.value = city ?? '';
    if (picker && city) void import('../../picker/client/showTown').then((m) => m.showTown(picker, city));
  };
  const setCity = (city: string | null) => {
    const state = read();
    write({ ...state, filters: { ...state.filters, city } });
    void run();
  };

  const run = async () => {
    const mine = ++seq;
    const state = read();
    history.replaceState(null, '', `${location.pathname}${searchQueryString(state)}`);
    if (clear) clear.hidden = state.filters.city === null;
    if (state.query.trim() === '') {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const timer = setTimeout(() => mine === seq && (status.textContent = label(labels, 'search.loading')), 150);
      const answer = await searchInWorker('page', state.query, state.filters, limits).finally(() => clearTimeout(timer));
      if (mine !== seq || answer === null) return;
      const { outcome, cities } = answer;
      const ctx = { lang, labels, cities };
      const parts: Node[] = [];
      const themes = renderThemeLinks(doc, outcome, ctx);
      if (themes) parts.push(themes);
      parts.push(outcome.total === 0 ? renderEmpty(doc, state, ctx) : renderResults(doc, outcome, ctx));
      results.replaceChildren(...parts);
      status.textContent = statusText(outcome, labels);
      root.dispatchEvent(new CustomEvent('search-rendered', { detail: { query: state.query } }));
    } catch {
      if (mine === seq) status.textContent = label(labels, 'search.error');
    }
  };

  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
  input.addEventListener('input', () => {
    limits = { ...limits, perKind: FIRST_PAGE };
    void run();
  });
  form.addEventListener('change', (event) => {
    // The picker's field left with other text than the town chosen: emptied, no town; else the town again.
    if (town && event.target === town) setCity(town.value.trim() === '' ? null : read().filters.city);
    else if (event.target !== input) void run();
  });
  root.addEventListener('town-select', () => void run());
  clear?.addEventListener('click', () => {
    setCity(null);
    town?.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  results.addEventListener('click', (event) => {
    if ((event.target as Element).closest('button[data-more]')) {
      limits = { ...limits, perKind: limits.perKind + MORE };
      void run();
    }
  });
  root.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(doc.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && (doc.activeElement === input || at >= 0)) {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : all[at - 1])?.focus();
    } else if (event.key === 'Escape' && at >= 0) {
      event.preventDefault();
      input.focus();
    } else if (event.key === 'Escape' && event.target === town) {
      // Escape in the picker's closed list clears its field and code.
      void run();
    }
  });
  window.addEventListener('popstate', () => {
    write(parseSearchState(new URLSearchParams(location.search)));
    void run();
  });

  // A shared URL wins; otherwise keep what the reader typed before this code arrived.
  const shared = parseSearchState(new URLSearchParams(location.search));
  if (shared.query !== '' || shared.filters.city !== null) write({ ...shared, query: shared.query || input.value });
  void run();
}
