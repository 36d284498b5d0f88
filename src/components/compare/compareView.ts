import { toDom, toDomSliced, type Node } from '../../charts/render/element';
import { fill } from '../../i18n/fill';
import type { CityData } from '../../lib/compare/cityData';
import { compareBody } from './compareBody';
import { compareQuery, parseCompareState, type CompareState } from './compareState';
import { townLoader, TownLoadError } from '../../lib/compare/loadTown';
import type { CompareMessages } from './messages';

/**
 * `<compare-view>`: the compare page. Reads the towns and theme from the URL, loads each town's data
 * file (/data/cities/<code>.json) and draws the charts and table in the browser with the same chart
 * code the theme pages use at build time, so the page weighs the same whatever the number of towns
 * in the country. Every change is written back to the URL with history.replaceState (reloading or
 * sharing the link gives the same view) and announced in a polite live region. Towns are added
 * through the town picker (its `town-select` event) and removed by unticking them.
 * Configured by data-messages (JSON, see messages.ts), data-max and data-defaults.
 */
export class CompareView extends HTMLElement {
  #m!: CompareMessages;
  #form!: HTMLFormElement;
  #max = 4;
  #load!: (code: string) => Promise<CityData>;
  /** Names of towns already loaded, for their checkboxes. */
  #names = new Map<string, string>();
  /** Bumped by every change, so a slow load never draws over a newer view. */
  #version = 0;

  connectedCallback(): void {
    this.#m = JSON.parse(this.dataset.messages ?? '{}') as CompareMessages;
    this.#max = Number(this.dataset.max ?? 4);
    this.#load = townLoader(this.#m.dataPrefix);
    for (const [code, name] of Object.entries(JSON.parse(this.dataset.defaultNames ?? '{}') as Record<string, string>)) this.#names.set(code, name);
    this.#form = this.querySelector('form')!;
    this.#form.hidden = false;
    this.querySelector('[data-static-note]')?.setAttribute('hidden', '');
    const state = parseCompareState(location.search, { themes: this.#themes(), max: this.#max, defaults: (this.dataset.defaults ?? '').split(',').filter(Boolean) });
    for (const code of state.cities) this.#addBox(code, true);
    this.#select().value = state.theme;
    this.#form.addEventListener('change', () => void this.#update(true));
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    this.addEventListener('town-select', (event) => {
      const { code, hasData } = (event as CustomEvent<{ code: string; hasData: boolean }>).detail;
      const input = (event.target as HTMLElement).querySelector<HTMLInputElement>('input[role="combobox"]');
      const shown = input?.value ?? code;
      if (input) input.value = '';
      if (!hasData) {
        this.querySelector('[data-status]')!.textContent = fill(this.#m.noData, { city: shown });
        return;
      }
      const box = this.#boxes().find((b) => b.value === code);
      if (!box?.checked && this.#boxes().filter((b) => b.checked).length >= this.#max) {
        this.querySelector('[data-status]')!.textContent = this.#m.full;
        return;
      }
      if (box) box.checked = true;
      else {
        this.#names.set(code, shown);
        this.#addBox(code, true);
      }
      void this.#update(true);
    });
    void this.#update(false);
  }

  #boxes(): HTMLInputElement[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>('input[name="cities"]')];
  }

  #select(): HTMLSelectElement {
    return this.#form.querySelector('select[name="theme"]')!;
  }

  #themes(): string[] {
    return [...this.#select().options].map((o) => o.value).filter((v) => v !== '');
  }

  /** A checkbox for a town, labelled by its code until its data names it. */
  #addBox(code: string, checked: boolean): void {
    const li = document.createElement('li');
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'cities';
    box.value = code;
    box.checked = checked;
    const name = document.createElement('span');
    name.textContent = this.#names.get(code) ?? code;
    label.append(box, ' ', name);
    li.append(label);
    this.querySelector('[data-chosen]')!.append(li);
  }

  #nameBox(code: string, name: string): void {
    this.#names.set(code, name);
    const box = this.#boxes().find((b) => b.value === code);
    const span = box?.parentElement?.querySelector('span');
    if (span) span.textContent = name;
  }

  /** Applies the form's state: loads the towns ticked, then draws them; after a change by the reader, also writes the URL. */
  async #update(changed: boolean): Promise<void> {
    const version = ++this.#version;
    const boxes = this.#boxes();
    const checked = boxes.filter((b) => b.checked);
    // At most `max` towns: the unticked boxes wait until one is unticked.
    for (const box of boxes) box.disabled = !box.checked && checked.length >= this.#max;
    const state: CompareState = { cities: checked.map((b) => b.value), theme: this.#select().value };
    if (changed) history.replaceState(history.state, '', compareQuery(state) + location.hash);
    const status = this.querySelector('[data-status]')!;
    this.setAttribute('aria-busy', 'true');
    this.removeAttribute('data-drawn');
    status.textContent = this.#m.loading;
    const results = await Promise.allSettled(state.cities.map((code) => this.#load(code)));
    if (version !== this.#version) return;
    const towns: CityData[] = [];
    const problems: string[] = [];
    results.forEach((r, i) => {
      const code = state.cities[i]!;
      if (r.status === 'fulfilled') {
        towns.push(r.value);
        this.#nameBox(code, r.value.name[this.#m.lang]);
      } else if (r.reason instanceof TownLoadError && r.reason.missing) problems.push(fill(this.#m.unknownTown, { code }));
      else problems.push(fill(this.#m.loadError, { city: this.#names.get(code) ?? code }));
    });
    await this.#draw(towns, state.theme, problems, version);
  }

  /**
   * Draws the view: the status and population first, then the charts, the ambition chart and the
   * table row by row, in slices of SLICE_MS (so the page stays responsive while a large comparison
   * is drawn); stops if a newer change has come in meanwhile.
   */
  async #draw(towns: CityData[], theme: string, problems: string[], version: number): Promise<void> {
    const m = this.#m;
    const body = compareBody(towns, theme, m);
    const dom = (nodes: Node[]) => nodes.map((n) => toDom(n, document)).filter((n): n is globalThis.Node => n !== null);
    const names = towns.map((t) => t.name[m.lang]).join(m.separator);
    const themeName = theme === '' ? m.allThemes : (this.#select().selectedOptions[0]?.textContent?.trim() ?? theme);
    const text = fill(m.status, { cities: names, theme: themeName, n: body.count }, m.locale);
    this.querySelector('[data-status]')!.textContent = [...problems, towns.length < 2 ? `${m.tooFew} ${text}` : text].join(' ');
    this.querySelector('[data-nothing]')?.toggleAttribute('hidden', body.count > 0 || towns.length === 0);
    this.querySelector('[data-population]')!.replaceChildren(...dom(towns.length > 0 ? [body.population] : []));
    const charts = this.querySelector('[data-charts]')!;
    charts.replaceChildren();
    this.querySelector('[data-ambition]')!.replaceChildren();
    this.querySelector('[data-table]')!.replaceChildren();
    // Drawn in slices of a few milliseconds, so that no task blocks input for long on a slow phone.
    const slices = new Slicer();
    for (const chart of body.charts) {
      charts.append(...dom([chart()]));
      if ((await slices.next()) && version !== this.#version) return;
    }
    if (towns.length > 0) {
      const ambition = body.ambition();
      await slices.next();
      // The ranking holds every ranked indicator of the towns: made in slices too.
      const ambitionDom = await toDomSliced(ambition, document, () => slices.next());
      if (version !== this.#version) return;
      if (ambitionDom) this.querySelector('[data-ambition]')!.append(ambitionDom);
      const frame = dom([body.table.frame()]);
      const tbody = (frame[0] as HTMLElement).querySelector('tbody')!;
      this.querySelector('[data-table]')!.append(...frame);
      for (const row of body.table.rows) {
        tbody.append(...dom([row()]));
        if ((await slices.next()) && version !== this.#version) return;
      }
    }
    this.removeAttribute('aria-busy');
    // For tests and scripts: the view of the current URL is drawn.
    this.toggleAttribute('data-drawn', true);
  }
}

/** Longest stretch of drawing between two yields (a phone four times slower stays under the 50 ms of a long task). */
const SLICE_MS = 8;

/** Yields to the browser once a slice of drawing has run SLICE_MS, so input and painting can run between two slices. */
class Slicer {
  #start = performance.now();

  /** Yields if the slice is used up; resolves true when it yielded (the caller then checks that its drawing is still wanted). */
  async next(): Promise<boolean> {
    if (performance.now() - this.#start < SLICE_MS) return false;
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.#start = performance.now();
    return true;
  }
}

customElements.define('compare-view', CompareView);
