/**
 * Makes one option of a combobox's listbox the active one (ARIA 1.2, focus stays in the field):
 * `aria-selected` on it alone, `aria-activedescendant` on the field, scrolled into view. An index
 * out of range is clamped; -1 leaves none active. Returns the active index.
 */
export function highlightOption(input: HTMLElement, options: readonly HTMLElement[], index: number): number {
  const active = options.length === 0 ? -1 : Math.max(-1, Math.min(index, options.length - 1));
  options.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
  const chosen = options[active];
  if (chosen) {
    input.setAttribute('aria-activedescendant', chosen.id);
    chosen.scrollIntoView({ block: 'nearest' });
  } else input.removeAttribute('aria-activedescendant');
  return active;
}
