import { highlightOption } from '../../combobox/highlightOption';
import { searchHref } from '../../../lib/search/resultLinks';
import { searchQueryString } from '../../../lib/search/searchState';
import { renderOptions } from '../dom/renderOptions';
import { label, readConfig } from './config';
import { searchInWorker } from './searchClient';
import { statusText } from './statusText';

/**
 * Results per kind in the header's list: a glance, the search page has the rest. One document
 * block per kind at most, so that at national scale a keystroke needs two rounds of fetches
 * (postings, then at most five blocks: one wave of a browser's six connections per host).
 */
const LIMITS = { perKind: 3, blocksPerKind: 1 };
const NO_FILTERS = { city: null, theme: null, kind: null };

/**
 * Turns the header's plain search form into a combobox with instant results: ↑/↓ choose a
 * result, Enter opens it (or, with none chosen, submits the form to the search page), Escape
 * closes the list. The count is announced in the host's live region.
 */
export function enhanceHeader(host: HTMLElement, form: HTMLFormElement, input: HTMLInputElement): void {
  const { lang, labels } = readConfig(host);
  const doc = host.ownerDocument;
  const listbox = host.querySelector<HTMLElement>('[role="listbox"]');
  const live = host.querySelector<HTMLElement>('[role="status"]');
  if (!listbox || !live) return;
  form.classList.add('site-search-enhanced');
  form.append(listbox);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';
  let active = -1;
  let seq = 0;

  const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  const open = (yes: boolean) => {
    listbox.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) select(-1);
  };
  const select = (index: number) => {
    active = highlightOption(input, options(), index);
  };

  const run = async () => {
    const mine = ++seq;
    const query = input.value;
    if (query.trim() === '') {
      listbox.replaceChildren();
      live.textContent = '';
      open(false);
      return;
    }
    try {
      const answer = await searchInWorker('header', query, NO_FILTERS, LIMITS);
      if (mine !== seq || answer === null) return;
      const { outcome, cities } = answer;
      const all = searchHref(lang, searchQueryString({ query, filters: NO_FILTERS }));
      listbox.replaceChildren(renderOptions(doc, outcome, { lang, labels, cities }, all, listbox.id));
      live.textContent = statusText(outcome, labels);
      active = -1;
      open(true);
      host.dispatchEvent(new CustomEvent('search-rendered', { detail: { query } }));
    } catch {
      if (mine === seq) live.textContent = label(labels, 'search.error');
    }
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (listbox.hidden && count > 0) open(true);
      select(event.key === 'ArrowDown' ? (active + 1) % Math.max(1, count) : active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0 && !listbox.hidden) {
      const href = options()[active]?.dataset['href'];
      if (href) {
        event.preventDefault();
        window.location.assign(href);
      }
    } else if (event.key === 'Escape' && !listbox.hidden) {
      event.preventDefault();
      open(false);
    }
  });
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const href = option?.dataset['href'];
    if (href) window.location.assign(href);
  });
  input.addEventListener('blur', () => open(false));
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && options().length > 0) open(true);
  });
  void run();
}
