import { h, toDom } from '../../charts/render/element';
import { fill } from '../../i18n/fill';
import type { CityData } from '../../lib/compare/cityData';
import { townLoader, TownLoadError } from '../../lib/compare/loadTown';
import { csvFileName } from './csvFileName';
import { indicatorRows } from './indicatorRows';
import type { IndicatorTableMessages } from './messages';
import { compareCells, FILTER_KEYS, parseTableState, rowMatches, tableQuery, type Order, type TableState } from './tableState';

/**
 * `<indicator-table>`: the indicators of the towns chosen, in one table. Loads each town's data file
 * (/data/cities/<code>.json) and builds the rows in the browser, so the page weighs the same whatever
 * the number of towns in the country; then filters them (selects in a fieldset), sorts them (a button
 * in each column heading, aria-sort on the heading) and saves the rows shown as CSV. Towns are added
 * through the town picker (its `town-select` event) and removed by unticking them. State lives in the
 * URL (history.replaceState); changes are announced politely. While the towns load, the table's place
 * keeps its height (aria-busy), so nothing below it jumps when the rows arrive.
 * Configured by data-messages (JSON, see messages.ts), data-max, data-defaults, data-csv-header
 * (the header line of indicators.csv) and data-file-stem.
 */
export class IndicatorTable extends HTMLElement {
  #m!: IndicatorTableMessages;
  #form!: HTMLFormElement;
  #state!: TableState;
  #max = 8;
  #load!: (code: string) => Promise<CityData>;
  #rows: HTMLTableRowElement[] = [];
  /** The towns whose rows are in the table, as 'a,b'. */
  #shownTowns: string | null = null;
  /** Names of towns already loaded, for their checkboxes. */
  #names = new Map<string, string>();
  /** Problems of the last load, said before the status. */
  #problems: string[] = [];
  /** Bumped by every change, so a slow load never draws over a newer view. */
  #version = 0;

  connectedCallback(): void {
    this.#m = JSON.parse(this.dataset.messages ?? '{}') as IndicatorTableMessages;
    this.#max = Number(this.dataset.max ?? 8);
    this.#load = townLoader(this.#m.dataPrefix);
    this.#form = this.querySelector('form')!;
    this.#state = parseTableState(location.search, {
      sortKeys: this.#headers().map((th) => th.dataset.sortKey!),
      max: this.#max,
      defaults: (this.dataset.defaults ?? '').split(',').filter(Boolean),
    });
    for (const code of this.#state.cities) this.#addBox(code);
    for (const key of FILTER_KEYS) {
      const select = this.#select(key);
      select.value = this.#state.filters[key];
      if (select.value !== this.#state.filters[key]) this.#state.filters[key] = select.value = '';
    }
    for (const th of this.#headers()) this.#addSortButton(th);
    this.#form.addEventListener('change', () => void this.#update(true));
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    // Clearing the conditions clears the filters; the towns chosen stay.
    this.#form.addEventListener('reset', (event) => {
      event.preventDefault();
      for (const key of FILTER_KEYS) this.#select(key).value = '';
      void this.#update(true);
    });
    this.addEventListener('town-select', (event) => this.#onTownSelect(event as CustomEvent<{ code: string; hasData: boolean }>));
    this.querySelector('[data-download]')!.addEventListener('click', () => this.#download());
    void this.#update(false);
  }

  #select(key: string): HTMLSelectElement {
    return this.#form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!;
  }

  #boxes(): HTMLInputElement[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>('input[name="cities"]')];
  }

  #headers(): HTMLTableCellElement[] {
    return [...this.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-key]')];
  }

  /** A ticked checkbox for a town, labelled by its code until its data names it. */
  #addBox(code: string): void {
    const box = h('li', {}, h('label', {}, h('input', { type: 'checkbox', name: 'cities', value: code, checked: true }), ' ', h('span', {}, this.#names.get(code) ?? code)));
    this.querySelector('[data-chosen]')!.append(toDom(box, document)!);
  }

  #nameBox(code: string, name: string): void {
    this.#names.set(code, name);
    const span = this.#boxes().find((b) => b.value === code)?.parentElement?.querySelector('span');
    if (span) span.textContent = name;
  }

  /** A town chosen in the picker: ticked (added if new), or a note when it has no data yet. */
  #onTownSelect(event: CustomEvent<{ code: string; hasData: boolean }>): void {
    const { code, hasData } = event.detail;
    const input = (event.target as HTMLElement).querySelector<HTMLInputElement>('input[role="combobox"]');
    const shown = input?.value ?? code;
    if (input) input.value = '';
    if (!hasData) {
      this.#status(fill(this.#m.noData, { city: shown }));
      return;
    }
    const box = this.#boxes().find((b) => b.value === code);
    if (box) box.checked = true;
    else {
      this.#names.set(code, shown);
      this.#addBox(code);
    }
    void this.#update(true);
  }

  /** Turns a heading's text into a sort button (headings stay plain text without JavaScript). */
  #addSortButton(th: HTMLTableCellElement): void {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const key = th.dataset.sortKey!;
      const order: Order = this.#state.sort === key && this.#state.order === 'asc' ? 'desc' : 'asc';
      this.#state.sort = key;
      this.#state.order = order;
      const m = this.#m;
      history.replaceState(history.state, '', `${location.pathname}${tableQuery(this.#state)}${location.hash}`);
      // While the towns load, the new order waits for their rows.
      if (this.#shownTowns !== null) this.#show(fill(m.sorted, { column: button.textContent?.trim() ?? key, direction: order === 'asc' ? m.asc : m.desc }));
    });
  }

  /**
   * Applies the form: loads the towns ticked when they changed (each file once per page) and builds
   * their rows, then shows the rows that pass the filters; after a change by the reader, also writes the URL.
   */
  async #update(changed: boolean): Promise<void> {
    const version = ++this.#version;
    const boxes = this.#boxes();
    const checked = boxes.filter((b) => b.checked);
    // At most `max` towns: the unticked boxes wait until one is unticked.
    for (const box of boxes) box.disabled = !box.checked && checked.length >= this.#max;
    this.querySelector<HTMLElement>('[data-picker]')?.toggleAttribute('hidden', checked.length >= this.#max);
    this.#state.cities = checked.map((b) => b.value);
    for (const key of FILTER_KEYS) this.#state.filters[key] = this.#select(key).value;
    if (changed) history.replaceState(history.state, '', `${location.pathname}${tableQuery(this.#state)}${location.hash}`);
    const towns = this.#state.cities.join(',');
    if (towns !== this.#shownTowns) {
      const place = this.querySelector('[data-table]')!;
      place.setAttribute('aria-busy', 'true');
      this.#status(this.#m.loading);
      const results = await Promise.allSettled(this.#state.cities.map((code) => this.#load(code)));
      if (version !== this.#version) return;
      this.#problems = [];
      const loaded: CityData[] = [];
      results.forEach((r, i) => {
        const code = this.#state.cities[i]!;
        if (r.status === 'fulfilled') {
          loaded.push(r.value);
          this.#nameBox(code, r.value.name[this.#m.lang]);
        } else if (r.reason instanceof TownLoadError && r.reason.missing) this.#problems.push(fill(this.#m.unknownTown, { code }));
        else this.#problems.push(fill(this.#m.loadError, { city: this.#names.get(code) ?? code }));
      });
      this.#rows = indicatorRows(loaded, this.#m).map((row) => toDom(row, document) as HTMLTableRowElement);
      this.querySelector('tbody')!.replaceChildren(...this.#rows);
      this.#shownTowns = towns;
      place.removeAttribute('aria-busy');
    }
    this.#show();
  }

  /** Shows the matching rows in the chosen order, updates the headings and the live region (after `sorted`, if given). */
  #show(sorted?: string): void {
    const { filters, sort, order } = this.#state;
    for (const row of this.#rows) {
      const d = row.dataset;
      row.hidden = !rowMatches(filters, { theme: d.themes ?? '', family: d.family ?? '', level: d.level ?? '', kind: d.kind ?? '' });
    }
    const headers = this.#headers();
    const index = headers.findIndex((th) => th.dataset.sortKey === sort);
    const type = headers[index]?.dataset.sortType === 'number' ? 'number' : 'text';
    const value = (row: HTMLTableRowElement) => {
      const cell = row.cells[Number(headers[index]?.dataset.column)]!;
      return cell.dataset.sortValue ?? cell.textContent?.trim() ?? '';
    };
    const reading = (a: HTMLTableRowElement, b: HTMLTableRowElement) => Number(a.dataset.index) - Number(b.dataset.index);
    const ordered = [...this.#rows].sort((a, b) => (index === -1 ? reading(a, b) : compareCells(value(a), value(b), type, order, this.#m.locale) || reading(a, b)));
    this.querySelector('tbody')!.append(...ordered);
    for (const th of headers) {
      if (th.dataset.sortKey === sort) th.setAttribute('aria-sort', order === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    const status = fill(this.#m.status, { total: this.#rows.length, n: this.#shown().length }, this.#m.locale);
    this.#status([...this.#problems, sorted, status].filter(Boolean).join(' '));
    // For tests and scripts: the rows of the current URL are shown.
    this.toggleAttribute('data-drawn', true);
  }

  #status(text: string): void {
    this.querySelector('[data-status]')!.textContent = text;
  }

  #shown(): HTMLTableRowElement[] {
    return this.#rows.filter((row) => !row.hidden);
  }

  /**
   * Saves the rows shown, in the order shown (UTF-8 with BOM, CRLF), under a name that says which
   * towns and filters chose them: data-file-stem plus the codes and filter values (see csvFileName).
   */
  #download(): void {
    const shown = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr:not([hidden])')];
    const lines = [this.dataset.csvHeader ?? '', ...shown.map((row) => row.dataset.csv ?? '')];
    const blob = new Blob(['\uFEFF' + lines.map((l) => `${l}\r\n`).join('')], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = csvFileName(this.dataset.fileStem ?? 'indicators', this.#state.cities, this.#state.filters);
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  }
}

customElements.define('indicator-table', IndicatorTable);
