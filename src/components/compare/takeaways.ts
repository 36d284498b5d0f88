import { formatRate } from '../../charts/labels';
import { fill } from '../../i18n/translator';
import type { CompareMessages } from './messages';

const shown = (figure: Element) => [...figure.querySelectorAll<SVGElement>('svg [data-item]:not([hidden])')];

/**
 * Rewrites the one-sentence takeaway of each shown chart for the rows in view, from the same
 * templates the build uses (a dumbbell chart counts directions, the ambition chart names the
 * steepest target and the median).
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
      const rates = rows.map((r) => Number(r.dataset.rate)).sort((a, b) => a - b);
      const top = rows[0];
      if (!top) {
        p.textContent = m.ambitionNone;
        continue;
      }
      const mid = rates.length >> 1;
      const median = rates.length % 2 ? rates[mid]! : (rates[mid - 1]! + rates[mid]!) / 2;
      p.textContent = fill(m.ambition, {
        city: top.dataset.cityName ?? '',
        name: top.dataset.name ?? '',
        rate: formatRate(Number(top.dataset.rate), m.locale),
        n: rows.length,
        median: formatRate(median, m.locale),
      });
    }
  }
}
