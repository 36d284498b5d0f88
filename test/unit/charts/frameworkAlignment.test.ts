import { describe, expect, it } from 'vitest';
import { corresponds, frameworkAlignment } from '../../../src/lib/frameworkAlignment';
import { byId, goals, nationalGoals } from './records';

const cities = ['012165', '012360', '032069', '112330'];

describe('corresponds', () => {
  // 国 第2期 (001 lines 104–109): 基本目標1 稼ぐ地域をつくる… (jobs); 横断的な目標2 新しい時代の流れを力にする (dx, decarbonization).
  const basic1 = byId(nationalGoals, 'national-g2-basic-1');
  const cross2 = byId(nationalGoals, 'national-g2-cross-cutting-2');

  it('is true when a theme is shared: 北斗市 基本目標1 北海道新幹線を活かした産業の振興と雇用の場をつくる (jobs)', () => {
    expect(corresponds(byId(goals, '012360-g2-strategy-basic-1'), basic1)).toBe(true);
  });
  it('is false when none is: 北上市 プロジェクト1 子育て寄り添いプロジェクト (childcare)', () => {
    expect(corresponds(byId(goals, '032069-action-plan-2021-project-1'), basic1)).toBe(false);
  });
  it('is true for one shared theme among several: 北本市 横断的な目標2 (dx, decarbonization)', () => {
    expect(corresponds(byId(goals, '112330-g2-strategy-slides-cross-cutting-2'), cross2)).toBe(true);
  });
  it('is false for a goal without themes', () => {
    expect(corresponds({ themes: [] }, basic1)).toBe(false);
  });
});

describe('frameworkAlignment', () => {
  const alignment = frameworkAlignment(nationalGoals, goals, cities, 2);

  it('has a row per national goal of the generation, basic goals first', () => {
    expect(alignment.rows.map((r) => r.national.id)).toEqual([
      'national-g2-basic-1',
      'national-g2-basic-2',
      'national-g2-basic-3',
      'national-g2-basic-4',
      'national-g2-cross-cutting-1',
      'national-g2-cross-cutting-2',
    ]);
  });

  it('has a column per city, in the order given', () => {
    expect([...alignment.rows[0]!.cells.keys()]).toEqual(cities);
  });

  it('puts a goal in every row it shares a theme with: 北本市 横断的な目標1 多様な人材の活躍を推進する (jobs)', () => {
    const rowsWith = alignment.rows.filter((r) => r.cells.get('112330')!.some((g) => g.id === '112330-g2-strategy-slides-cross-cutting-1'));
    expect(rowsWith.map((r) => r.national.id)).toEqual(['national-g2-basic-1', 'national-g2-cross-cutting-1']);
  });

  it('lists goals in plan and line order: 北斗市 第2期 before 第3期 on migration', () => {
    const migration = alignment.rows[1]!.cells.get('012360')!.map((g) => g.id);
    expect(migration).toEqual(['012360-g2-strategy-basic-2', '012360-g2-strategy-basic-4', '012360-g3-draft-summary-top-priority']);
  });

  it('lists apart the goals that match no national goal: 北上市 教育 and 観光 projects', () => {
    expect(alignment.unmatched.get('032069')!.map((g) => g.id)).toEqual(['032069-action-plan-2021-project-2', '032069-action-plan-2021-project-3']);
    expect(alignment.unmatched.get('012360')).toEqual([]);
  });

  it('ignores national goals of other generations', () => {
    expect(frameworkAlignment(nationalGoals, goals, cities, 3).rows).toEqual([]);
  });
});
