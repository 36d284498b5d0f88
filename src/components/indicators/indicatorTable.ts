import { fill } from '../../i18n/translator';
import { csvFileName } from './csvFileName';
import { compareCells, FILTER_KEYS, parseTableState, rowMatches, tableQuery, type Order, type TableState } from './tableState';

/** UI strings the script needs (JSON in data-messages). */
export interface IndicatorTableMessages {
  locale: string;
  /** '{total}件中{n}件を表示しています。' */
  status: string;
  /** '{column}の{direction}に並べ替えました。' */
  sorted: string;
  asc: string;
  desc: string;
}

/**
 * `<indicator-table>`: filters (selects in a fieldset), sorting (a button in each column heading,
 * aria-sort on the heading) and a CSV download of the rows shown, for a table rendered in full at
 * build time. State lives in the URL (history.replaceState); changes are announced politely.
 * Rows carry data-city, data-themes, data-family, data-level, data-kind and data-csv (their line of
 * indicators.csv); the header line is in data-csv-header.
 */
export class IndicatorTable extends HTMLElement {
  #messages!: IndicatorTableMessages;
  #state!: TableState;
  #rows: HTMLTableRowElement[] = [];

  connectedCallback(): void {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}') as IndicatorTableMessages;
    this.#rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    const form = this.querySelector('form')!;
    form.hidden = false;
    this.#state = parseTableState(location.search, this.#headers().map((th) => th.dataset.sortKey!));
    for (const key of FILTER_KEYS) {
      const select = this.#select(key);
      select.value = this.#state.filters[key];
      if (select.value !== this.#state.filters[key]) this.#state.filters[key] = select.value = '';
    }
    for (const th of this.#headers()) this.#addSortButton(th);
    form.addEventListener('change', () => {
      for (const key of FILTER_KEYS) this.#state.filters[key] = this.#select(key).value;
      this.#update(true);
    });
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('reset', () => {
      queueMicrotask(() => {
        for (const key of FILTER_KEYS) this.#state.filters[key] = '';
        this.#update(true);
      });
    });
    this.querySelector('[data-download]')!.addEventListener('click', () => this.#download());
    this.#update(false);
  }

  #select(key: string): HTMLSelectElement {
    return this.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!;
  }

  #headers(): HTMLTableCellElement[] {
    return [...this.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-key]')];
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
      const m = this.#messages;
      this.#update(true, fill(m.sorted, { column: button.textContent?.trim() ?? key, direction: order === 'asc' ? m.asc : m.desc }));
    });
  }

  /** Shows the matching rows in the chosen order, updates the headings, the URL and the live region (after `sorted`, if given). */
  #update(changed: boolean, sorted?: string): void {
    const { filters, sort, order } = this.#state;
    for (const row of this.#rows) {
      const d = row.dataset;
      row.hidden = !rowMatches(filters, { city: d.city ?? '', theme: d.themes ?? '', family: d.family ?? '', level: d.level ?? '', kind: d.kind ?? '' });
    }
    const headers = this.#headers();
    const index = headers.findIndex((th) => th.dataset.sortKey === sort);
    const type = headers[index]?.dataset.sortType === 'number' ? 'number' : 'text';
    const value = (row: HTMLTableRowElement) => {
      const cell = row.cells[Number(headers[index]?.dataset.column)]!;
      return cell.dataset.sortValue ?? cell.textContent?.trim() ?? '';
    };
    const ordered = [...this.#rows].sort((a, b) =>
      index === -1 ? Number(a.dataset.index) - Number(b.dataset.index) : compareCells(value(a), value(b), type, order, this.#messages.locale) || Number(a.dataset.index) - Number(b.dataset.index),
    );
    this.querySelector('tbody')!.append(...ordered);
    for (const th of headers) {
      if (th.dataset.sortKey === sort) th.setAttribute('aria-sort', order === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    if (changed) history.replaceState(history.state, '', `${location.pathname}${tableQuery(this.#state)}${location.hash}`);
    const status = fill(this.#messages.status, { total: this.#rows.length, n: this.#shown().length });
    this.querySelector('[data-status]')!.textContent = sorted ? `${sorted} ${status}` : status;
  }

  #shown(): HTMLTableRowElement[] {
    return [...this.querySelectorAll<HTMLTableRowElement>('tbody tr:not([hidden])')];
  }

  /**
   * Saves the rows shown, in the order shown (UTF-8 with BOM, CRLF), under a name that says which
   * filters chose them: data-file-stem plus the filter values (see csvFileName).
   */
  #download(): void {
    const lines = [this.dataset.csvHeader ?? '', ...this.#shown().map((row) => row.dataset.csv ?? '')];
    const blob = new Blob(['\uFEFF' + lines.map((l) => `${l}\r\n`).join('')], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = csvFileName(this.dataset.fileStem ?? 'indicators', this.#state.filters);
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  }
}

customElements.define('indicator-table', IndicatorTable);
