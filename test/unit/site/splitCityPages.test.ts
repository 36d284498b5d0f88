import { describe, expect, it } from 'vitest';
import type { PlanOutline } from '../../../src/core/planOutline';
import { splitCityPages } from '../../../src/lib/cityPages/splitCityPages';

type R = { id: string };
const ids = (prefix: string, n: number): R[] => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i + 1}` }));

/** A plan of two goals: g1 with 3 numerical targets and a measure of 4 KPIs, g2 with a measure of 5 KPIs. */
function outline(): PlanOutline<R, R, R> {
  return {
    goals: [
      { goal: { id: 'g1' }, indicators: ids('t', 3), measures: [{ measure: { id: 'm1' }, indicators: ids('k', 4) }] },
      { goal: { id: 'g2' }, indicators: [], measures: [{ measure: { id: 'm2' }, indicators: ids('j', 5) }] },
    ],
    looseMeasures: [],
    looseIndicators: [],
  };
}

describe('splitCityPages', () => {
  it('keeps a town whose plans fit on one page as one page, plans included', () => {
    const { pages, pageOf } = splitCityPages([{ plan: { id: 'p' }, outline: outline() }], 12);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.overview).toBe(true);
    expect(pages[0]!.plans.map((p) => p.plan.id)).toEqual(['p']);
    expect(pageOf.get('indicator-j5')).toBe(1);
  });

  it('gives a larger town an overview page and its plans after it, no page over the limit', () => {
    // 12 indicators, at most 8 a page: g1 (3 + 4) fills page 2, g2 (5) goes to page 3.
    const { pages, pageOf } = splitCityPages([{ plan: { id: 'p' }, outline: outline() }], 8);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pages[0]!.plans).toEqual([]);
    expect(pages[1]!.plans[0]!.first).toBe(true);
    expect(pages[2]!.plans[0]!.first).toBe(false);
    expect(pages[1]!.plans[0]!.outline.goals.map((g) => g.goal.id)).toEqual(['g1']);
    expect(pages[2]!.plans[0]!.outline.goals.map((g) => g.goal.id)).toEqual(['g2']);
    expect([pageOf.get('plan-p'), pageOf.get('goal-g1'), pageOf.get('measure-m1'), pageOf.get('goal-g2'), pageOf.get('indicator-j1')]).toEqual([2, 2, 2, 3, 3]);
  });

  it('carries a measure too large for a page over several, its heading on each', () => {
    const { pages, pageOf } = splitCityPages([{ plan: { id: 'p' }, outline: outline() }], 3);
    const measuresOn = pages.slice(1).map((p) => p.plans[0]!.outline.goals.flatMap((g) => g.measures.map((m) => `${m.measure.id}:${m.indicators.length}`)));
    expect(measuresOn).toEqual([[], ['m1:3'], ['m1:1'], ['m2:3'], ['m2:2']]);
    expect(pageOf.get('measure-m1')).toBe(3);
    expect(pageOf.get('indicator-k4')).toBe(4);
    for (const page of pages) {
      const count = page.plans.flatMap((p) => p.outline.goals).reduce((n, g) => n + g.indicators.length + g.measures.reduce((k, m) => k + m.indicators.length, 0), 0);
      expect(count).toBeLessThanOrEqual(3);
    }
  });

  it('starts each plan on a page of its own', () => {
    const { pages } = splitCityPages(
      [
        { plan: { id: 'a' }, outline: outline() },
        { plan: { id: 'b' }, outline: outline() },
      ],
      20,
    );
    expect(pages.map((p) => p.plans.map((q) => q.plan.id))).toEqual([[], ['a'], ['b']]);
  });
});
