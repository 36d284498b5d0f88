import { describe, expect, it } from 'vitest';
import { LINE_WINDOW, matchIndicators } from '../../../scripts/eval/matchIndicators';
import { goldAt, rowAt } from './records';

/** The matched (gold, row) index pairs. */
function pairs(gold: Parameters<typeof matchIndicators>[0], rows: Parameters<typeof matchIndicators>[1]) {
  return matchIndicators(gold, rows).matches.map((m) => [m.gold, m.row]);
}

describe('matchIndicators', () => {
  describe('each side at most once', () => {
    it('gives one gold indicator one row; the other same-named row is extra', () => {
      const result = matchIndicators([goldAt('出生数', 21)], [rowAt('出生数', 22), rowAt('出生数', 21)]);
      expect(result.matches).toEqual([{ gold: 0, row: 1, similarity: 1, distance: 0 }]);
      expect(result.extra).toEqual([0]);
      expect(result.missed).toEqual([]);
    });
    it('gives one row one gold indicator; the other is missed', () => {
      const result = matchIndicators([goldAt('出生数', 21), goldAt('出生数', 23)], [rowAt('出生数', 23)]);
      expect(result.matches.map((m) => [m.gold, m.row])).toEqual([[1, 0]]);
      expect(result.missed).toEqual([0]);
      expect(result.extra).toEqual([]);
    });
  });
  describe('lines', () => {
    it('does not match a row far away, even with the same name (kakogawa 出生数 at 6 and 21)', () => {
      const result = matchIndicators([goldAt('出生数', 6)], [rowAt('出生数', 21)]);
      expect(result.matches).toEqual([]);
      expect(result.missed).toEqual([0]);
      expect(result.extra).toEqual([0]);
    });
    it(`matches up to ${LINE_WINDOW} lines away and not one more`, () => {
      expect(pairs([goldAt('出生数', 20)], [rowAt('出生数', 20 + LINE_WINDOW)])).toEqual([[0, 0]]);
      expect(pairs([goldAt('出生数', 20)], [rowAt('出生数', 20 + LINE_WINDOW + 1)])).toEqual([]);
    });
    it('breaks a tie in similarity by distance', () => {
      // (g0,r1) and (g1,r0) are 1 line apart, (g0,r0) and (g1,r1) 5: the near pairs win.
      expect(pairs([goldAt('出生数', 6), goldAt('出生数', 12)], [rowAt('出生数', 11), rowAt('出生数', 7)])).toEqual([
        [0, 1],
        [1, 0],
      ]);
    });
  });
  describe('names', () => {
    it('prefers the more similar name over the nearer line (oyabe 公民館改築数 / 改修数, 7/9 alike)', () => {
      const gold = [goldAt('公民館改築数(累計)', 21), goldAt('公民館改修数(累計)', 22)];
      const rows = [rowAt('公民館改修数(累計)', 21), rowAt('公民館改築数(累計)', 22)];
      expect(pairs(gold, rows)).toEqual([
        [0, 1],
        [1, 0],
      ]);
    });
    it('matches a name the row writes with a list marker or a longer context', () => {
      expect(pairs([goldAt('来場者数', 100)], [rowAt('① B-1グランプリ来場者数', 101)])).toEqual([[0, 0]]);
    });
    it('does not match a different indicator on the same line (転入者数 / 転出者数)', () => {
      const result = matchIndicators([goldAt('転入者数', 11)], [rowAt('転出者数', 11)]);
      expect(result.matches).toEqual([]);
      expect(result.extra).toEqual([0]);
    });
  });
});
