import { describe, expect, it } from 'vitest';
import { findPlanPeriod } from '../../../scripts/ingest/pipeline/extractDocument';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const period = (...lines: string[]) => findPlanPeriod(toSourceDoc('plan.txt', lines.join('\n'), 'UTF8'));

describe('findPlanPeriod', () => {
  it('reads a 計画期間 line in eras', () => {
    expect(period('総合戦略', '計画期間:令和2年度から令和6年度までの5年間')).toEqual({ start: 2020, end: 2024 });
  });
  it('reads a 対象期間 line in Western years, each restated in an era in parentheses', () => {
    expect(period('注:対象期間:2015年(平成27年)~2019年(平成31年)')).toEqual({ start: 2015, end: 2019 });
  });
  it('reads the period on a line below its word', () => {
    expect(period('■戦略期間', '平成27年度～平成31年度')).toEqual({ start: 2015, end: 2019 });
  });
  it('is null when no line names the period', () => {
    expect(period('基本目標1 しごと', '転入者数 300人→350人(R7)')).toBeNull();
  });
});
