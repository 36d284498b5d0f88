import { describe, expect, it } from 'vitest';
import { foldRadicals } from '../../../scripts/ingest/clean/foldRadicals';
import { RADICAL_EQUIVALENTS } from '../../../scripts/ingest/clean/radicalEquivalents';

describe('foldRadicals', () => {
  describe('with the CJK RADICAL CIVILIAN U+2EA0 that NFKC misses (002:46, 002:242)', () => {
    it('writes 民', () => {
      expect(foldRadicals('・地方公共団体・\u2EA0間事業者・')).toBe('・地方公共団体・民間事業者・');
      expect(foldRadicals('がある市\u2EA0の割合')).toBe('がある市民の割合');
    });
  });

  describe('with other supplement radicals that look like whole characters', () => {
    it('folds ⻄ ⻑ ⻘ ⻝ ⻣ ⻤ ⻨ ⻩ ⻫ ⻭ ⻯ ⻲', () => {
      expect(foldRadicals('\u2EC4\u2ED1\u2ED8\u2EDD\u2EE3\u2EE4\u2EE8\u2EE9\u2EEB\u2EED\u2EEF\u2EF2')).toBe('西長青食骨鬼麦黄斉歯竜亀');
    });
  });

  describe('with a radical the UCD leaves unmapped (U+2E8D)', () => {
    it('keeps it', () => {
      expect(foldRadicals('\u2E8D')).toBe('\u2E8D');
    });
  });

  describe('with ordinary text', () => {
    it('returns it unchanged', () => {
      expect(foldRadicals('市民参画の推進')).toBe('市民参画の推進');
    });
  });
});

describe('RADICAL_EQUIVALENTS', () => {
  describe('for every entry', () => {
    it('maps a CJK Radicals Supplement code point to a CJK unified ideograph', () => {
      for (const [radical, ideograph] of RADICAL_EQUIVALENTS) {
        expect(radical.codePointAt(0)).toBeGreaterThanOrEqual(0x2e80);
        expect(radical.codePointAt(0)).toBeLessThanOrEqual(0x2eff);
        expect(ideograph).toMatch(/^\p{Unified_Ideograph}$/u);
      }
    });
  });

  describe('for the two entries NFKC also folds', () => {
    it('agrees with NFKC', () => {
      for (const radical of ['\u2E9F', '\u2EF3']) expect(RADICAL_EQUIVALENTS.get(radical)).toBe(radical.normalize('NFKC'));
    });
  });
});
