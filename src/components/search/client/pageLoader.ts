/**
 * `<search-page>`: loads the search page's code when there is something to search — a query in
 * the URL, or the reader's first keystroke or filter change — never before.
 */
class SearchPage extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      void import('./searchPage').then((m) => m.startSearchPage(this));
    };
    if (new URLSearchParams(location.search).get('q')) start();
    else {
      form.addEventListener('input', start, { once: true });
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        start();
      });
    }
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
