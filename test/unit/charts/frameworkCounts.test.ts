import { describe, expect, it } from 'vitest';
import { frameworkCounts } from '../../../src/lib/frameworkCounts';
import { byId, goals, nationalGoals } from './records';

/** Real goals, themes as the ingest gave them (content/goals.json). */
const picked = [
  '012165-g2-revision-2024-basic-2', // 「星の降る里・芦別」への新しい人の流れをつくる (migration)
  '012165-g2-revision-2024-basic-3', // 若い世代の結婚・出産・子育ての希望をかなえる (childcare)
  '012165-g2-revision-2024-basic-4', // 時代に合った地域をつくり、安心な暮らしを守る… (community-safety)
  '012360-g2-strategy-basic-1', // 北海道新幹線を活かした産業の振興と雇用の場をつくる (jobs)
  '032069-action-plan-2021-project-2', // 学びの改革プロジェクト (education)
].map((id) => byId(goals, id));

describe('frameworkCounts', () => {
  const counts = frameworkCounts(nationalGoals, picked, 2);
  const row = (id: string) => counts.rows.find((r) => r.national.id === id);

  describe('rows', () => {
    it('are the six national goals of the generation, basic before cross-cutting', () => {
      expect(counts.rows.map((r) => r.national.id)).toEqual([
        'national-g2-basic-1',
        'national-g2-basic-2',
        'national-g2-basic-3',
        'national-g2-basic-4',
        'national-g2-cross-cutting-1',
        'national-g2-cross-cutting-2',
      ]);
    });
  });

  describe('a goal sharing a theme with one national goal', () => {
    it('counts there once: 芦別市 基本目標2 (migration) under 基本目標2 (migration)', () => {
      expect(row('national-g2-basic-2')).toMatchObject({ goals: 1, towns: 1 });
    });
  });

  describe('a goal sharing themes with several national goals', () => {
    it('counts under each: 北斗市 基本目標1 (jobs) and 芦別市 基本目標4 (community-safety) both under 横断的な目標1 (jobs, community-safety)', () => {
      expect(row('national-g2-cross-cutting-1')).toMatchObject({ goals: 2, towns: 2 });
      expect(row('national-g2-basic-1')).toMatchObject({ goals: 1, towns: 1 });
      expect(row('national-g2-basic-4')).toMatchObject({ goals: 1, towns: 1 });
    });
  });

  describe('a national goal no city goal shares a theme with', () => {
    it('counts zero: 横断的な目標2 (dx, decarbonization)', () => {
      expect(row('national-g2-cross-cutting-2')).toMatchObject({ goals: 0, towns: 0 });
    });
  });

  describe('goals in no row', () => {
    it('are counted apart: 北上市 学びの改革プロジェクト (education)', () => {
      expect(counts.unmatched).toEqual({ goals: 1, towns: 1 });
    });
  });

  describe('towns', () => {
    it('count once however many of their goals correspond', () => {
      const two = frameworkCounts(nationalGoals, [byId(goals, '012360-g2-strategy-basic-1'), byId(goals, '012360-g3-draft-summary-basic-2')], 2);
      // 北斗市 第2期 基本目標1 and 第3期 基本目標2 (…「しごと」をつくる) are both jobs.
      expect(two.rows[0]).toMatchObject({ goals: 2, towns: 1 });
    });
  });
});
