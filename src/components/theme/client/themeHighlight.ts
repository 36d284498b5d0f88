import { h, toDom } from '../../../charts/render/element';
import { fill } from '../../../i18n/fill';
import type { Lang } from '../../../i18n/locales';
import type { CityData } from '../../../lib/compare/cityData';
import { townLoader, TownLoadError } from '../../../lib/compare/loadTown';
import type { HighlightLabels } from '../highlightLabels';
import { markFigure, type MarkContext } from './markFigure';
import { townSwatch } from './picksTable';
import { linkWithTowns, MAX_PICKED_TOWNS, readPickedTowns, withPickedTowns } from './pickedTowns';

/**
 * `<theme-highlight>`: on a theme page whose families are drawn as distributions, marks the towns a
 * reader picks (the town picker, `?cities=` in the URL) on every distribution chart of the page.
 * Loads only the picked towns' data files (/data/cities/<code>.json), so the page weighs the same
 * whatever the number of towns; writes the towns back to the URL (history.replaceState) and into
 * the links marked `data-town-link` (the compare page, the indicator tables), and says what it
 * shows in a polite live region. Configured by data-labels (JSON), data-colours (JSON: the site's
 * series colours, src/charts/palette.ts, the n-th town picked taking the n-th, as on the compare
 * page), data-theme, data-lang, data-page-prefix and data-data-prefix.
 */
class ThemeHighlight extends HTMLElement {
  #labels!: HighlightLabels;
  #ctx!: MarkContext;
  #load!: (code: string) => Promise<CityData>;
  #colours: string[] = [];
  #codes: string[] = [];
  /** Names of towns loaded (or as the picker gave them), for the list of picked towns. */
  #names = new Map<string, string>();
  /** Bumped by every change, so a slow load never draws over a newer choice. */
  #version = 0;

  connectedCallback(): void {
    if (this.dataset['ready'] !== undefined) return;
    this.dataset['ready'] = '';
    this.#labels = JSON.parse(this.dataset['labels'] ?? '{}') as HighlightLabels;
    this.#colours = JSON.parse(this.dataset['colours'] ?? '["currentColor"]') as string[];
    // The build writes data-lang from the page's language (a Lang); toLang is not imported, so that
    // i18n/locales does not become a chunk of its own that the search page's code would load too.
    this.#ctx = { lang: (this.dataset['lang'] ?? 'ja') as Lang, labels: this.#labels, pagePrefix: this.dataset['pagePrefix'] ?? '/', theme: this.dataset['theme'] ?? '' };
    this.#load = townLoader(this.dataset['dataPrefix'] ?? '/data/cities/');
    this.#codes = readPickedTowns(location.search);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-town-link]')) link.dataset['townLink'] = link.getAttribute('href') ?? '';
    this.addEventListener('town-select', (event) => this.#pick(event as CustomEvent<{ code: string; hasData: boolean }>));
    this.#list();
    void this.#update(false);
  }

  /** A picked town's colour: the n-th town picked takes the n-th series colour. */
  #colour(code: string): string {
    return this.#colours[this.#codes.indexOf(code) % this.#colours.length] ?? 'currentColor';
  }

  #status(text: string): void {
    this.querySelector('[data-status]')!.textContent = text;
  }

  #pick(event: CustomEvent<{ code: string; hasData: boolean }>): void {
    const { code, hasData } = event.detail;
    const input = (event.target as HTMLElement).querySelector<HTMLInputElement>('input[role="combobox"]');
    const shown = input?.value || code;
    if (input) input.value = '';
    if (!hasData) return this.#status(fill(this.#labels['compare.noData'], { city: shown }));
    if (this.#codes.includes(code)) return;
    if (this.#codes.length >= MAX_PICKED_TOWNS) return this.#status(fill(this.#labels['highlight.full'], { n: MAX_PICKED_TOWNS }));
    this.#names.set(code, shown);
    this.#codes = [...this.#codes, code];
    void this.#update(true);
  }

  #remove(code: string): void {
    this.#codes = this.#codes.filter((c) => c !== code);
    this.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();
    void this.#update(true);
  }

  /**
   * The list of picked towns, each with its colour and a button that removes it. Items of towns
   * still picked are updated in place (names arrive with the data files), so a focused button stays.
   */
  #list(): void {
    const list = this.querySelector('[data-picked]')!;
    for (const li of list.querySelectorAll<HTMLLIElement>('li[data-town]')) if (!this.#codes.includes(li.dataset['town'] ?? '')) li.remove();
    for (const code of this.#codes) {
      let li = list.querySelector<HTMLLIElement>(`li[data-town="${code}"]`);
      if (!li) {
        li = toDom(
          h('li', { 'data-town': code }, townSwatch(this.#colour(code)), h('span', {}), h('button', { type: 'button', class: 'remove' }, this.#labels['highlight.remove'])),
          document,
        ) as HTMLLIElement;
        li.querySelector('button')!.addEventListener('click', () => this.#remove(code));
        list.append(li);
      }
      const name = this.#names.get(code) ?? code;
      li.querySelector('circle')!.setAttribute('fill', this.#colour(code));
      li.querySelector('span')!.textContent = name;
      li.querySelector('button')!.setAttribute('aria-label', fill(this.#labels['highlight.removeLabel'], { town: name }));
    }
  }

  /** Applies the picked towns: the URL and links at once, then, once their data files are loaded, the marks and tables. */
  async #update(changed: boolean): Promise<void> {
    const version = ++this.#version;
    const codes = this.#codes;
    if (changed) history.replaceState(history.state, '', `${location.pathname}${withPickedTowns(location.search, codes)}${location.hash}`);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-town-link]')) link.href = linkWithTowns(link.dataset['townLink'] ?? link.href, codes);
    this.#list();
    this.removeAttribute('data-drawn');
    if (codes.length > 0) this.#status(this.#labels['compare.loading']);
    const results = await Promise.allSettled(codes.map((code) => this.#load(code)));
    if (version !== this.#version) return;
    const towns: CityData[] = [];
    const problems: string[] = [];
    results.forEach((r, i) => {
      const code = codes[i]!;
      if (r.status === 'fulfilled') {
        towns.push(r.value);
        this.#names.set(code, r.value.name[this.#ctx.lang]);
      } else if (r.reason instanceof TownLoadError && r.reason.missing) problems.push(fill(this.#labels['compare.unknownTown'], { code }));
      else problems.push(fill(this.#labels['compare.loadError'], { city: this.#names.get(code) ?? code }));
    });
    const picked = towns.map((town) => ({ town, colour: this.#colour(town.code) }));
    for (const figure of document.querySelectorAll<HTMLElement>('figure[data-strip-family]')) markFigure(figure, picked, this.#ctx);
    this.#list();
    const names = towns.map((t) => t.name[this.#ctx.lang]).join(this.#labels['chart.listSeparator']);
    this.#status([...problems, towns.length > 0 ? fill(this.#labels['highlight.status'], { towns: names }) : ''].filter(Boolean).join(' '));
    // For tests and scripts: the marks of the current towns are drawn.
    this.toggleAttribute('data-drawn', true);
  }
}

if (!customElements.get('theme-highlight')) customElements.define('theme-highlight', ThemeHighlight);
