/**
 * `<town-picker>`: the only picker code a page loads at start. On the reader's first focus or
 * keystroke in its field it imports the combobox (and, through it, fetches the towns file).
 */
class TownPicker extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[role="combobox"]');
    if (!input || this.dataset['ready'] !== undefined) return;
    this.dataset['ready'] = '';
    const start = () => {
      input.removeEventListener('focus', start);
      input.removeEventListener('input', start);
      void import('./pickerCombobox').then((m) => m.enhancePicker(this, input));
    };
    input.addEventListener('focus', start);
    input.addEventListener('input', start);
    if (document.activeElement === input) start();
  }
}

if (!customElements.get('town-picker')) customElements.define('town-picker', TownPicker);
