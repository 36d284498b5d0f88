import { describe, expect, it } from 'vitest';
import { isNoValue } from '../../../scripts/ingest/recognize/isNoValue';

describe('isNoValue', () => {
  describe('with the dashes that mark an empty cell (004:167, 004:239, 002:368)', () => {
    it('is true', () => {
      for (const text of ['—', '-', '―', '－', 'ー', '']) expect(isNoValue(text)).toBe(true);
    });
  });

  describe('with a value', () => {
    it('is false', () => {
      for (const text of ['0', '-40人', '未策定', '↑']) expect(isNoValue(text)).toBe(false);
    });
  });
});
