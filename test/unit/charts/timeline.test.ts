import { describe, expect, it } from 'vitest';
import { fiscalYearPosition, phaseCounts, planPhase, TIMELINE, timelineLayout, timelineRows } from '../../../src/charts/timeline';
import { byId, indicators, plans } from './records';

describe('fiscalYearPosition', () => {
  it('starts a fiscal year on 1 April (Japan time)', () => {
    expect(fiscalYearPosition(new Date('2025-04-01T00:00:00+09:00'))).toBe(2025);
  });
  it('is halfway through the year on 1 October', () => {
    expect(fiscalYearPosition(new Date('2025-10-01T12:00:00+09:00'))).toBeCloseTo(2025 + 183 / 365);
  });
  it('puts January to March in the previous fiscal year', () => {
    const position = fiscalYearPosition(new Date('2026-03-31T12:00:00+09:00'));
    expect(Math.floor(position)).toBe(2025);
    expect(position).toBeGreaterThan(2025.99);
  });
  it('counts the day in Japan time: 31 March 16:00 UTC is already 1 April in Japan', () => {
    expect(fiscalYearPosition(new Date('2026-03-31T16:00:00Z'))).toBe(2026);
  });
});

describe('planPhase', () => {
  // 北斗市 第2期 runs FY2020–2024; 第3期 (draft) FY2025–2029.
  const g2 = byId(plans, '012360-g2-strategy');
  const g3 = byId(plans, '012360-g3-draft-summary');
  it('has ended once the last fiscal year is over', () => {
    expect(planPhase(g2, 2025.0)).toBe('ended');
  });
  it('is running inside its period', () => {
    expect(planPhase(g2, 2024.99)).toBe('running');
    expect(planPhase(g3, 2025.0)).toBe('running');
  });
  it('is still to come before its first year', () => {
    expect(planPhase(g3, 2024.5)).toBe('future');
  });
});

describe('timelineRows', () => {
  const rows = timelineRows(plans, indicators);

  it('keeps every plan, in the order given', () => {
    expect(rows.map((r) => r.plan.id)).toEqual(plans.map((p) => p.id));
  });

  it('counts the target years of each plan: 北斗市 第3期 aims at FY2029 (令和11年)', () => {
    const g3 = rows.find((r) => r.plan.id === '012360-g3-draft-summary')!;
    expect(g3.targetYears.map((t) => t.fiscalYear)).toEqual([2029]);
    expect(g3.targetYears[0]!.count).toBe(indicators.filter((i) => i.plan === '012360-g3-draft-summary' && i.target.fiscalYear === 2029).length);
  });

  it('lists target years earliest first', () => {
    for (const row of rows) {
      const years = row.targetYears.map((t) => t.fiscalYear);
      expect(years).toEqual([...years].sort((a, b) => a - b));
    }
  });
});

describe('timelineLayout', () => {
  const rows = timelineRows(plans, indicators);

  it('spans the earliest start to the latest end, widened to today', () => {
    const g = timelineLayout(rows, 2031.2);
    expect(g.x.domain()).toEqual([2020, 2032]);
    expect(g.todayX).toBeCloseTo(g.x(2031.2));
  });

  it('draws a plan from the start of its first year to the end of its last', () => {
    const g = timelineLayout(rows, 2025.6);
    const placed = g.rows.find((r) => r.row.plan.id === '012360-g2-strategy')!;
    expect(placed.barX).toBeCloseTo(g.x(2020));
    expect(placed.barWidth).toBeCloseTo(g.x(2025) - g.x(2020));
    expect(placed.targets[0]!.x).toBeCloseTo(g.x(2024.5));
  });

  it('gives each plan a row', () => {
    const g = timelineLayout(rows, 2025.6);
    expect(g.height).toBe(TIMELINE.margin.top + rows.length * TIMELINE.rowHeight + TIMELINE.margin.bottom);
    expect(g.years[0]!.fiscalYear).toBe(2020);
  });
});

describe('phaseCounts', () => {
  // content/plans.json: 芦別市 and 北斗市 第2期 FY2020–2024, 北上市 FY2021–2025, 北本市 FY2022–2025, 北斗市 第3期 FY2025–2029.
  it('counts the five plans of the site by phase in the middle of FY2025', () => {
    expect(phaseCounts(plans, 2025.5)).toEqual({ ended: 2, running: 3, future: 0 });
  });
  it('counts a plan not yet started as future', () => {
    expect(phaseCounts(plans, 2024.5)).toEqual({ ended: 0, running: 4, future: 1 });
  });
  it('gives every phase at zero without plans', () => {
    expect(phaseCounts([], 2025)).toEqual({ ended: 0, running: 0, future: 0 });
  });
});
