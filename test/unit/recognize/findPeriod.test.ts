import { describe, expect, it } from 'vitest';
import { findPeriod } from '../../../scripts/ingest/recognize/findPeriod';

describe('findPeriod', () => {
  describe('with a period after a note (004:387 compacted)', () => {
    it('finds it and where it stands', () => {
      expect(findPeriod('参考※令和4年度35.5%')).toStrictEqual({
        period: { label: '令和4年度', fiscalYear: 2022 },
        start: 3,
        end: 8,
      });
    });
  });

  describe('with a Western year and its era equivalent in a sentence (003:392ff compacted)', () => {
    it('finds the longest period', () => {
      expect(findPeriod('2024年度(令和6年度)中の計画策定')?.period).toStrictEqual({
        label: '2024年度(令和6年度)中',
        fiscalYear: 2024,
      });
    });
  });

  describe('with era codes inside other words (001:282) or an unknown letter', () => {
    it('finds nothing and does not throw', () => {
      expect(findPeriod('Society5.0の実現')).toBeNull();
      expect(findPeriod('X3の規格')).toBeNull();
    });
  });

  describe('with no period (001:410)', () => {
    it('returns null', () => {
      expect(findPeriod('具体的数値項目を定義し、増加を図る')).toBeNull();
    });
  });
});
