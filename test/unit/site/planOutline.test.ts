import { describe, expect, it } from 'vitest';
import { planOutline } from '../../../src/core/planOutline';

const src = (line: number) => ({ file: 'seeds/001_c90401aa62130a51.txt', line });
const plan = '012360-g2-strategy';
/** The shape of 北斗市 第2期: 基本目標1 (line 167) → 施策 (1) (line 185) → KPI 企業立地数 (line 214). */
const goals = [
  { id: `${plan}-basic-2`, plan, source: src(296) },
  { id: `${plan}-basic-1`, plan, source: src(167) },
];
const measures = [
  { id: `${plan}-m-219`, plan, goal: `${plan}-basic-1`, source: src(219) },
  { id: `${plan}-m-185`, plan, goal: `${plan}-basic-1`, source: src(185) },
  { id: `${plan}-m-900`, plan, goal: null, source: src(900) },
  { id: 'other-plan-m-1', plan: 'other-plan', goal: null, source: src(1) },
];
const indicators = [
  { id: `${plan}-L214`, plan, goal: `${plan}-basic-1`, measure: `${plan}-m-185`, source: src(214) },
  { id: `${plan}-L175`, plan, goal: `${plan}-basic-1`, measure: null, source: src(175) },
  { id: `${plan}-L950`, plan, goal: null, measure: null, source: src(950) },
];

describe('planOutline', () => {
  const outline = planOutline(plan, goals, measures, indicators);

  it('orders goals and measures by source line', () => {
    expect(outline.goals.map((g) => g.goal.id)).toEqual([`${plan}-basic-1`, `${plan}-basic-2`]);
    expect(outline.goals[0]!.measures.map((m) => m.measure.id)).toEqual([`${plan}-m-185`, `${plan}-m-219`]);
  });

  it('puts an indicator under its measure, not also under its goal', () => {
    expect(outline.goals[0]!.measures[0]!.indicators.map((i) => i.id)).toEqual([`${plan}-L214`]);
    expect(outline.goals[0]!.indicators.map((i) => i.id)).toEqual([`${plan}-L175`]);
  });

  it('keeps records without a goal apart, and ignores other plans', () => {
    expect(outline.looseMeasures.map((m) => m.measure.id)).toEqual([`${plan}-m-900`]);
    expect(outline.looseIndicators.map((i) => i.id)).toEqual([`${plan}-L950`]);
  });
});
