import { describe, expect, it } from 'vitest';
import { splitValues } from '../../../scripts/ingest/structure/splitValues';

describe('splitValues', () => {
  describe('one value', () => {
    it('keeps a value with its note as one part', () => {
      expect(splitValues('北海道水準(H29) 4.5‰')).toEqual({ period: null, parts: [{ label: null, text: '北海道水準(H29) 4.5‰' }] });
    });
    it('keeps a cumulative form in parentheses with its value', () => {
      expect(splitValues('15回 (年3回×5年)')).toEqual({ period: null, parts: [{ label: null, text: '15回 (年3回×5年)' }] });
    });
    it('takes a leading period out', () => {
      expect(splitValues('(第1期実績) 31社')).toEqual({ period: '第1期実績', parts: [{ label: null, text: '31社' }] });
    });
  });
  describe('labelled values (001 小学校 … 中学校 …)', () => {
    it('gives one part per label', () => {
      expect(splitValues('(R1) 小学校 39.7% 中学校 31.3%')).toEqual({
        period: 'R1',
        parts: [
          { label: '小学校', text: '39.7%' },
          { label: '中学校', text: '31.3%' },
        ],
      });
    });
    it('keeps a trailing note with the last value', () => {
      expect(splitValues('小学校 0.14% 中学校 3.2%(現状値より半減)').parts[1]).toEqual({ label: '中学校', text: '3.2%(現状値より半減)' });
    });
  });
  describe('glued quantities (001 2戸10.6ha)', () => {
    it('splits them in order', () => {
      expect(splitValues('(R1)2戸10.6ha').parts).toEqual([
        { label: null, text: '2戸' },
        { label: null, text: '10.6ha' },
      ]);
    });
  });
});
