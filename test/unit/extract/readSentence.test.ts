import { describe, expect, it } from 'vitest';
import { readSentence } from '../../../scripts/ingest/extract/readSentence';

describe('readSentence', () => {
  describe('a leading period and a closing direction (nagi)', () => {
    const s = readSentence('令和11(2029)年度までの合計特殊出生率2.30の維持');
    it('reads the name without the period and the direction', () => {
      expect(s.name).toBe('合計特殊出生率');
    });
    it('reads a maintain target of 2.3 dated by the leading period', () => {
      expect(s.target).toMatchObject({ kind: 'maintain', value: 2.3, period: '令和11(2029)年度まで', fiscalYear: 2029 });
    });
  });
  describe('a quantity in parentheses that ends the phrase (nagi)', () => {
    it('reads `UIJターン数(350人/年)`', () => {
      const s = readSentence('UIJターン数(350人/年)');
      expect(s.name).toBe('UIJターン数');
      expect(s.target.value).toBe(350);
      expect(s.target.kind).not.toBe('qualitative');
    });
  });
  describe('a quantity after a colon', () => {
    it('reads the name before the colon', () => {
      const s = readSentence('製造品出荷額:35億円');
      expect(s.name).toBe('製造品出荷額');
      expect(s.target.kind).toBe('number');
      expect(s.target.value).not.toBeNull();
    });
  });
  describe('a direction with no number', () => {
    it('reads `…参加者数の増加` as an increase with no value', () => {
      const s = readSentence('地域活動への参加者数の増加');
      expect(s.name).toBe('地域活動への参加者数');
      expect(s.target).toMatchObject({ kind: 'increase', value: null, note: null });
    });
  });
  describe('a phrase with neither', () => {
    it('is a qualitative target keeping the phrase as its note', () => {
      const s = readSentence('身近な景観が美しい');
      expect(s.name).toBe('身近な景観が美しい');
      expect(s.target).toMatchObject({ kind: 'qualitative', value: null, note: '身近な景観が美しい', period: null });
    });
  });
  describe('a phrase that ends with a verb of setting the number', () => {
    it('reads `合計特殊出生率を1.50に引き上げます（令和6年度）`: the number, dated by the closing period', () => {
      const s = readSentence('合計特殊出生率を1.50に引き上げます(令和6年度)');
      expect(s.name).toBe('合計特殊出生率');
      expect(s.target).toMatchObject({ kind: 'number', value: 1.5, period: '令和6年度', fiscalYear: 2024 });
    });
    it('reads `移住者数を年間50人とします` as a yearly 50 人', () => {
      const s = readSentence('移住者数を年間50人とします');
      expect(s.name).toBe('移住者数');
      expect(s.target).toMatchObject({ kind: 'number', value: 50, unit: '人', basis: 'per-year' });
    });
    it('reads `令和7年度までに年間出生数100人を維持` with no particle in the unit', () => {
      const s = readSentence('令和7年度までに年間出生数100人を維持');
      expect(s.name).toBe('年間出生数');
      expect(s.target).toMatchObject({ kind: 'maintain', value: 100, unit: '人', fiscalYear: 2025 });
    });
  });
});
