/**
 * The header search loader (the only search code every page pays for): `<site-search>` finds the
 * header's plain form and, on the reader's first keystroke in it, imports the combobox and the
 * search engine. Until then the form simply submits to the search page.
 */
class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const form = document.querySelector<HTMLFormElement>(this.dataset['form'] ?? 'header form[role="search"]');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) return;
    const start = () => {
      input.removeEventListener('input', start);
      void import('./headerCombobox').then((m) => m.enhanceHeader(this, form, input));
    };
    input.addEventListener('input', start);
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
