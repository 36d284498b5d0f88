import { describe, expect, it } from 'vitest';
import { normalizeMinusSigns } from '../../../scripts/ingest/clean/normalizeMinusSigns';

describe('normalizeMinusSigns', () => {
  describe('with MINUS SIGN U+2212 in a plan item number (002:331)', () => {
    it('writes ASCII hyphen-minus', () => {
      expect(normalizeMinusSigns('5\u22121\u22124 農業')).toBe('5-1-4 農業');
    });
  });

  describe('with a minus before a number', () => {
    it('writes ASCII hyphen-minus', () => {
      expect(normalizeMinusSigns('\u221240人')).toBe('-40人');
    });
  });

  describe('with katakana ー, dashes and △ (002:320ff, 004:444)', () => {
    it('leaves them', () => {
      expect(normalizeMinusSigns('社会増減 ー40人 △55人 — ―')).toBe('社会増減 ー40人 △55人 — ―');
    });
  });
});
