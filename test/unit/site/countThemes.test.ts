import { describe, expect, it } from 'vitest';
import { countThemes } from '../../../src/lib/countThemes';
import { THEME_IDS } from '../../../src/schemas/themes';

describe('countThemes', () => {
  const counts = countThemes({
    goals: [{ themes: ['childcare'] }], // 基本目標3 子どもを生み、育てたいという希望をかなえる
    measures: [{ themes: ['jobs', 'tourism'] }],
    indicators: [{ themes: ['childcare', 'dx'] }, { themes: ['jobs'] }], // 子育てアプリ登録者数, 雇用増加数
  });

  it('lists every theme, zeros included', () => {
    expect(counts.map((c) => c.theme).sort()).toEqual([...THEME_IDS].sort());
    expect(counts.find((c) => c.theme === 'migration')).toMatchObject({ total: 0 });
  });

  it('counts goals, measures and indicators apart', () => {
    expect(counts.find((c) => c.theme === 'childcare')).toEqual({ theme: 'childcare', goals: 1, measures: 0, indicators: 1, total: 2 });
    expect(counts.find((c) => c.theme === 'jobs')).toEqual({ theme: 'jobs', goals: 0, measures: 1, indicators: 1, total: 2 });
  });

  it('puts the most records first, ties in theme order', () => {
    expect(counts.slice(0, 4).map((c) => c.theme)).toEqual(['childcare', 'jobs', 'dx', 'tourism']);
  });
});
