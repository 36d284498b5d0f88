import { describe, expect, it } from 'vitest';
import { normalizeWaveDashes } from '../../../scripts/ingest/clean/normalizeWaveDashes';

describe('normalizeWaveDashes', () => {
  describe('with the ASCII tilde NFKC made of ～ (004:243 after NFKC)', () => {
    it('writes FULLWIDTH TILDE', () => {
      expect(normalizeWaveDashes('(H26~H30 平均)')).toBe('(H26～H30 平均)');
    });
  });

  describe('with WAVE DASH U+301C', () => {
    it('writes FULLWIDTH TILDE', () => {
      expect(normalizeWaveDashes('200〜220人')).toBe('200～220人');
    });
  });

  describe('with FULLWIDTH TILDE already (000: 200～220人)', () => {
    it('keeps it', () => {
      expect(normalizeWaveDashes('→200～220人（令和11年）')).toBe('→200～220人（令和11年）');
    });
  });
});
