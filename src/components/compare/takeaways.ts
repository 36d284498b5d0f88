import { fill } from '../../i18n/translator';
import type { CompareMessages } from './messages';

/** The rows shown in a figure's own panels (a per-resident panel repeats its rows, so it is not counted). */
const shown = (figure: Element) => [...figure.querySelectorAll<SVGElement>('svg:not([data-derived]):not([data-layout="narrow"]) [data-item]:not([hidden])')];

/**
 * Rewrites the one-sentence takeaway of each shown chart for the rows in view, from the same
 * templates the build uses (a dumbbell chart counts directions, the ambition chart counts its targets
 * and the families they are compared within).
 */
export function updateTakeaways(root: Element, m: CompareMessages): void {
  for (const figure of root.querySelectorAll('figure[data-chart]:not([hidden])')) {
    const p = figure.querySelector('[data-takeaway]');
    if (!p) continue;
    const rows = shown(figure);
    if (figure.getAttribute('data-chart') === 'dumbbell') {
      const counts = { up: 0, down: 0, hold: 0, unknown: 0 };
      for (const r of rows) counts[(r.dataset.direction ?? 'unknown') as keyof typeof counts] += 1;
      const parts = (Object.keys(counts) as (keyof typeof counts)[])
        .filter((d) => counts[d] > 0)
        .map((d) => fill(m.parts[d], { n: counts[d] }))
        .join(m.separator);
      p.textContent = fill(m.dumbbell, { n: rows.length, parts });
    } else {
      const groups = figure.querySelectorAll('svg[data-group]:not([data-layout="narrow"]):not([hidden])').length;
      p.textContent = rows.length === 0 ? m.ambitionNone : fill(m.ambition, { n: rows.length, groups });
    }
  }
}
