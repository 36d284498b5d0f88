/**
 * `<search-page>`: loads the search page's code when there is something to search or show — a
 * query or a city in the URL, or the reader's first keystroke or filter change — never before.
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
    const params = new URLSearchParams(location.search);
    if (params.get('q') || params.get('city')) start();
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
