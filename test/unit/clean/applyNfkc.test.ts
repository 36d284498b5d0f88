import { describe, expect, it } from 'vitest';
import { applyNfkc } from '../../../scripts/ingest/clean/applyNfkc';

describe('applyNfkc', () => {
  describe('with full-width digits, commas and letters (002:319, 003:66)', () => {
    it('turns them into ASCII', () => {
      expect(applyNfkc('ふるさと納税寄附件数 ３，９０８件 ↑')).toBe('ふるさと納税寄附件数 3,908件 ↑');
      expect(applyNfkc('２．Ｕ／Ｉターン促進事業 ')).toBe('2.U/Iターン促進事業 ');
    });
  });

  describe('with Kangxi radicals (002:297, 002:331)', () => {
    it('folds them to the unified ideographs', () => {
      expect(applyNfkc(' \u2F45向性')).toBe(' 方向性');
      expect(applyNfkc('農業・商業・\u2F2F業の')).toBe('農業・商業・工業の');
    });
  });

  describe('with parenthesized numbers and ideographs (003:20)', () => {
    it('spells them out', () => {
      expect(applyNfkc('⑴ デジタル田園都市国家構想総合戦略')).toBe('(1) デジタル田園都市国家構想総合戦略');
      expect(applyNfkc('\u322E')).toBe('(金)');
    });
  });

  describe('with circled numbers (003:72, 001:208)', () => {
    it('keeps them, as the layouts read them as item markers', () => {
      expect(applyNfkc('④「星の降る里あしべつ応援団」事業の推進 ')).toBe('④「星の降る里あしべつ応援団」事業の推進 ');
      expect(applyNfkc('④追分 I C 周辺の土地利用計画の策定')).toBe('④追分 I C 周辺の土地利用計画の策定');
    });
  });

  describe('with an ideographic space and a full-width tilde (000:735, 003:468)', () => {
    it('makes a plain space and an ASCII tilde', () => {
      expect(applyNfkc('\u3000給食費」を無償化')).toBe(' 給食費」を無償化');
      expect(applyNfkc('（～１６日）')).toBe('(~16日)');
    });
  });

  describe('with signs NFKC leaves alone (001:302, 002:488)', () => {
    it('keeps △, ⇒, ‰, ↑ and the minus sign', () => {
      expect(applyNfkc('△55人 ⇒ 3.6‰ ↑ ２−６−１')).toBe('△55人 ⇒ 3.6‰ ↑ 2\u22126\u22121');
    });
  });
});
