import { describe, expect, it } from 'vitest';
import { indicatorIds } from '../../../scripts/ingest/assemble/assignIds';

describe('indicatorIds', () => {
  describe('when every line states one indicator', () => {
    // 001 (北斗市 第2期) lines 214–217: 企業立地数 / 雇用増加数, one target per line.
    it('names each `<planId>-L<line>` without a counter', () => {
      expect(indicatorIds('012360-g2-strategy', [214, 215, 216, 217])).toEqual([
        '012360-g2-strategy-L214',
        '012360-g2-strategy-L215',
        '012360-g2-strategy-L216',
        '012360-g2-strategy-L217',
      ]);
    });
  });

  describe('when a line states several indicators', () => {
    it('follows the documented example (p, [5, 7, 7])', () => {
      expect(indicatorIds('p', [5, 7, 7])).toEqual(['p-L5', 'p-L7-1', 'p-L7-2']);
    });

    it('numbers every indicator of the line from 1, the first one included', () => {
      expect(indicatorIds('p', [9, 9, 9])).toEqual(['p-L9-1', 'p-L9-2', 'p-L9-3']);
    });

    it('counts per line even when the shared lines are not next to each other', () => {
      expect(indicatorIds('p', [7, 5, 7, 8])).toEqual(['p-L7-1', 'p-L5', 'p-L7-2', 'p-L8']);
    });

    it('keeps separate counters for two shared lines', () => {
      expect(indicatorIds('p', [3, 4, 3, 4])).toEqual(['p-L3-1', 'p-L4-1', 'p-L3-2', 'p-L4-2']);
    });

    it('never gives two indicators the same id', () => {
      const ids = indicatorIds('p', [1, 2, 2, 3, 3, 3, 1]);
      expect(new Set(ids).size).toBe(7);
    });
  });

  describe('edge cases', () => {
    it('returns no ids for no lines', () => {
      expect(indicatorIds('p', [])).toEqual([]);
    });

    it('keeps the input order (one id per input position)', () => {
      expect(indicatorIds('p', [30, 10, 20])).toEqual(['p-L30', 'p-L10', 'p-L20']);
    });
  });
});
