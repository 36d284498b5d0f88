import { inView, type CompareState } from './compareState';

/**
 * Shows what belongs to the view and hides the rest, all of it pre-rendered at build time:
 * `[data-item]` (an indicator: its city and themes), other `[data-city]` elements (a city's column,
 * key entry or checkbox-free label), `[data-group]` (hidden when no item inside is shown),
 * `[data-empty]` (shown when its cell has no item), `[data-shown-count]` (set to the number of items
 * shown in its nearest `[data-count-scope]`, so a footnote counts what is shown), and restacks the
 * rows of `svg[data-stack-row]` so a chart has no gaps. Returns the number of items shown inside `counted`.
 */
export function applyView(root: HTMLElement, state: CompareState, counted: Element | null): number {
  for (const el of root.querySelectorAll<HTMLElement | SVGElement>('[data-item]')) {
    el.toggleAttribute('hidden', !inView(state, el.dataset.city, el.dataset.themes));
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-city]:not([data-item])')) {
    el.toggleAttribute('hidden', !inView(state, el.dataset.city, undefined));
  }
  // Innermost groups first, so an outer group sees its inner groups' final state.
  for (const el of [...root.querySelectorAll('[data-group]')].reverse()) {
    el.toggleAttribute('hidden', el.querySelector('[data-item]:not([hidden])') === null);
  }
  for (const el of root.querySelectorAll('[data-empty]')) {
    el.toggleAttribute('hidden', el.parentElement?.querySelector('[data-item]:not([hidden])') !== null);
  }
  for (const el of root.querySelectorAll('[data-shown-count]')) {
    const scope = el.closest('[data-count-scope]');
    if (scope) el.textContent = String(scope.querySelectorAll('[data-item]:not([hidden])').length);
  }
  for (const svg of root.querySelectorAll<SVGSVGElement>('svg[data-stack-row]')) restack(svg);
  return counted?.querySelectorAll('[data-item]:not([hidden])').length ?? 0;
}

/** Moves the shown rows of a chart up to close the gaps and fits the chart's height to them. */
function restack(svg: SVGSVGElement): void {
  const top = Number(svg.dataset.stackTop);
  const row = Number(svg.dataset.stackRow);
  const bottom = Number(svg.dataset.stackBottom);
  let n = 0;
  for (const g of svg.querySelectorAll(':scope > [data-item]:not([hidden])')) {
    g.setAttribute('transform', `translate(0,${top + n * row})`);
    n += 1;
  }
  const box = svg.viewBox.baseVal;
  svg.setAttribute('viewBox', `0 0 ${box.width} ${top + n * row + bottom}`);
}
