import { describe, expect, it } from 'vitest';
import { themeTotals } from '../../../src/lib/themeTotals';
import { THEME_IDS } from '../../../src/schemas/themes';
import { byId, goals } from '../charts/records';

describe('themeTotals', () => {
  describe('over real goals of two towns', () => {
    // 北斗市 基本目標1 (jobs), 北斗市 基本目標2 (migration), 芦別市 基本目標2 (migration).
    const totals = themeTotals({
      goals: ['012360-g2-strategy-basic-1', '012360-g2-strategy-basic-2', '012165-g2-revision-2024-basic-2'].map((id) => byId(goals, id)),
      measures: [],
      indicators: [],
    });
    const of = (theme: string) => totals.find((t) => t.theme === theme);

    it('gives every theme, in the site order', () => {
      expect(totals.map((t) => t.theme)).toEqual([...THEME_IDS]);
    });
    it('counts the records and their towns on each', () => {
      expect(of('migration')).toEqual({ theme: 'migration', goals: 2, measures: 0, indicators: 0, towns: 2 });
      expect(of('jobs')).toEqual({ theme: 'jobs', goals: 1, measures: 0, indicators: 0, towns: 1 });
    });
    it('gives zero on a theme none of them is on', () => {
      expect(of('dx')).toEqual({ theme: 'dx', goals: 0, measures: 0, indicators: 0, towns: 0 });
    });
  });

  describe('a record on two themes', () => {
    it('counts on both: 北本市 横断的な目標2 (dx, decarbonization)', () => {
      const totals = themeTotals({ goals: [byId(goals, '112330-g2-strategy-slides-cross-cutting-2')], measures: [], indicators: [] });
      expect(totals.filter((t) => t.goals === 1).map((t) => t.theme).sort()).toEqual(['decarbonization', 'dx']);
    });
  });

  describe('records of several kinds', () => {
    it('counts a town once on a theme it has a goal and a measure on', () => {
      const totals = themeTotals({
        goals: [{ municipality: '012360', themes: ['jobs'] }],
        measures: [{ municipality: '012360', themes: ['jobs'] }],
        indicators: [{ municipality: '032069', themes: ['jobs'] }],
      });
      expect(totals.find((t) => t.theme === 'jobs')).toEqual({ theme: 'jobs', goals: 1, measures: 1, indicators: 1, towns: 2 });
    });
  });
});
