import { describe, expect, it } from 'vitest';
import { newestPlan, newestPlans } from '../../../src/lib/newestPlan';

describe('newestPlan', () => {
  const g2 = { id: '012360-g2-strategy', periodStart: 2020, published: '2020-03' };
  const g3 = { id: '012360-g3-draft-summary', periodStart: 2025, published: null };
  const kitamoto = { id: '112330-g2-strategy-slides', periodStart: 2022, published: null };

  it('picks the latest period start (北斗市 第3期 draft, FY2025–2029)', () => {
    expect(newestPlan([g2, kitamoto, g3])).toBe(g3);
  });

  it('prefers a stated publication date on the same start', () => {
    const other = { id: 'a-plan', periodStart: 2020, published: null };
    expect(newestPlan([other, g2])).toBe(g2);
  });

  it('gives undefined without plans', () => {
    expect(newestPlan([])).toBeUndefined();
  });
});

describe('newestPlans', () => {
  // content/plans.json: 北斗市 第3期 FY2025, 北本市 FY2022, 北上市 FY2021, 北斗市 第2期 FY2020 (published 2020-03), 芦別市 FY2020 (no date).
  const plans = [
    { id: '012165-g2-revision-2024', periodStart: 2020, published: null },
    { id: '012360-g2-strategy', periodStart: 2020, published: '2020-03' },
    { id: '012360-g3-draft-summary', periodStart: 2025, published: null },
    { id: '032069-action-plan-2021', periodStart: 2021, published: null },
    { id: '112330-g2-strategy-slides', periodStart: 2022, published: null },
  ];
  it('gives the n newest, newest first', () => {
    expect(newestPlans(plans, 3).map((p) => p.id)).toEqual(['012360-g3-draft-summary', '112330-g2-strategy-slides', '032069-action-plan-2021']);
  });
  it('puts a stated publication date first on the same start', () => {
    expect(newestPlans(plans, 5).slice(3).map((p) => p.id)).toEqual(['012360-g2-strategy', '012165-g2-revision-2024']);
  });
  it('gives them all when asked for more', () => {
    expect(newestPlans(plans, 10)).toHaveLength(5);
  });
});
