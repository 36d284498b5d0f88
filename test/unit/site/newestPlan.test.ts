import { describe, expect, it } from 'vitest';
import { newestPlan } from '../../../src/lib/newestPlan';

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
