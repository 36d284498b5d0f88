import { describe, expect, it } from 'vitest';
import { restoreCubicMetres } from '../../../scripts/ingest/clean/restoreCubicMetres';

describe('restoreCubicMetres', () => {
  describe('with `m 3` after a number, as NFKC leaves `m ³` (004:243)', () => {
    it('writes m³ right after the number', () => {
      expect(restoreCubicMetres('5,533 m 3 (H26~H30 平均)\t6,640 m 3')).toBe('5,533m³ (H26~H30 平均)\t6,640m³');
    });
  });

  describe('with a glued m3', () => {
    it('writes m³', () => {
      expect(restoreCubicMetres('5,533m3')).toBe('5,533m³');
    });
  });

  describe('with m3 not after a number, or followed by more digits', () => {
    it('leaves it', () => {
      expect(restoreCubicMetres('m3')).toBe('m3');
      expect(restoreCubicMetres('5 m 35')).toBe('5 m 35');
    });
  });
});
