import { fill } from '../../i18n/translator';
import { applyView } from './applyView';
import { compareQuery, parseCompareState, type CompareState } from './compareState';
import type { CompareMessages } from './messages';
import { updateTakeaways } from './takeaways';

/**
 * `<compare-view>`: the compare page's controls. Reads the state from the URL, mirrors it in the
 * form (a fieldset of city checkboxes and a theme select), shows and hides the pre-rendered charts
 * and table, writes every change back to the URL with history.replaceState (so reloading or sharing
 * the link gives the same view) and announces the result in a polite live region.
 * Configured by data-messages (JSON, see messages.ts) and data-max.
 */
export class CompareView extends HTMLElement {
  #messages!: CompareMessages;
  #form!: HTMLFormElement;
  #max = 4;

  connectedCallback(): void {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}') as CompareMessages;
    this.#max = Number(this.dataset.max ?? 4);
    this.#form = this.querySelector('form')!;
    this.#form.hidden = false;
    this.querySelector('[data-static-note]')?.setAttribute('hidden', '');
    const state = parseCompareState(location.search, { cities: this.#cityBoxes().map((b) => b.value), themes: this.#themes(), max: this.#max });
    for (const box of this.#cityBoxes()) box.checked = state.cities.includes(box.value);
    this.#select().value = state.theme;
    this.#form.addEventListener('change', () => this.#update(true));
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    this.#update(false);
  }

  #cityBoxes(): HTMLInputElement[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>('input[name="cities"]')];
  }

  #select(): HTMLSelectElement {
    return this.#form.querySelector('select[name="theme"]')!;
  }

  #themes(): string[] {
    return [...this.#select().options].map((o) => o.value).filter((v) => v !== '');
  }

  /** Applies the form's state; after a change by the reader, also writes the URL. */
  #update(changed: boolean): void {
    const boxes = this.#cityBoxes();
    const checked = boxes.filter((b) => b.checked);
    // At most `max` cities: the unchecked boxes wait until one is unchecked.
    for (const box of boxes) box.disabled = !box.checked && checked.length >= this.#max;
    const state: CompareState = { cities: checked.map((b) => b.value), theme: this.#select().value };
    if (changed) history.replaceState(history.state, '', compareQuery(state) + location.hash);
    const n = applyView(this, state, this.querySelector('[data-count]'));
    updateTakeaways(this, this.#messages);
    this.querySelector('[data-nothing]')?.toggleAttribute('hidden', n > 0);
    this.#announce(state, checked, n);
  }

  #announce(state: CompareState, checked: HTMLInputElement[], n: number): void {
    const m = this.#messages;
    const names = checked.map((b) => b.labels?.[0]?.textContent?.trim() ?? b.value).join(m.separator);
    const theme = state.theme === '' ? m.allThemes : (this.#select().selectedOptions[0]?.textContent?.trim() ?? state.theme);
    const text = fill(m.status, { cities: names, theme, n });
    this.querySelector('[data-status]')!.textContent = checked.length < 2 ? `${m.tooFew} ${text}` : text;
  }
}

customElements.define('compare-view', CompareView);
