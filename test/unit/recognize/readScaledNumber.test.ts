import { describe, expect, it } from 'vitest';
import { readScaledNumber } from '../../../scripts/ingest/recognize/readScaledNumber';

describe('readScaledNumber', () => {
  describe('with 億 and 万 chained (004:241, 004:242)', () => {
    it('reads the value in the larger unit', () => {
      expect(readScaledNumber('25億4,000万円', '')).toStrictEqual({ value: 25.4, scale: '億', length: 9 });
      expect(readScaledNumber('26億4,300万円', '')).toStrictEqual({ value: 26.43, scale: '億', length: 9 });
      expect(readScaledNumber('21億8,000万円', '')).toStrictEqual({ value: 21.8, scale: '億', length: 9 });
    });
  });

  describe('with one scale word (001:241, 004:238)', () => {
    it('keeps the value as written', () => {
      expect(readScaledNumber('76万人', '')).toStrictEqual({ value: 76, scale: '万', length: 3 });
      expect(readScaledNumber('16億円', '')).toStrictEqual({ value: 16, scale: '億', length: 3 });
    });
  });

  describe('with a plain number after a scale word', () => {
    it('adds it in the scale unit', () => {
      expect(readScaledNumber('1万2,000人', '')).toStrictEqual({ value: 1.2, scale: '万', length: 7 });
    });
  });

  describe('with 千 after a larger scale word (test/gold/towns/fukushima-2016.txt line 53)', () => {
    it('folds it into the chain: 95万9千人 is 95.9 in 万', () => {
      expect(readScaledNumber('95万9千人', '')).toStrictEqual({ value: 95.9, scale: '万', length: 5 });
    });
  });

  describe('with no scale word (004:248)', () => {
    it('reads the number alone, 千 staying in the unit', () => {
      expect(readScaledNumber('1,044千人', '')).toStrictEqual({ value: 1044, scale: '', length: 5 });
    });
  });

  describe('with text that does not start with a digit', () => {
    it('returns null', () => {
      expect(readScaledNumber('石鳥谷線', '')).toBeNull();
    });
  });
});
