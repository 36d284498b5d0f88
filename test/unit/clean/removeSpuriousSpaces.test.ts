import { describe, expect, it } from 'vitest';
import { removeSpuriousSpaces } from '../../../scripts/ingest/clean/removeSpuriousSpaces';

describe('removeSpuriousSpaces', () => {
  describe('with letter-spaced Japanese (001:2, 001:4, 001:221, 001:690)', () => {
    it('joins the characters', () => {
      expect(removeSpuriousSpaces('第 2 期 北 斗 市')).toBe('第2期北斗市');
      expect(removeSpuriousSpaces('ま ち ・ ひ と ・ し ご と')).toBe('まち・ひと・しごと');
      expect(removeSpuriousSpaces('施 策 の 展 開')).toBe('施策の展開');
    });

    it('keeps a lone character that follows a word apart from it: a unit cell, not letter spacing', () => {
      expect(removeSpuriousSpaces('新規就農者数 人 3 15')).toBe('新規就農者数 人 3 15');
    });

    it('joins within each TAB-separated cell only', () => {
      expect(removeSpuriousSpaces('項 目\t内 容\t数 値')).toBe('項目\t内容\t数値');
    });
  });

  describe('with letter-spaced acronyms (001:212, 001:208)', () => {
    it('joins the letters and drops the space before the bracket', () => {
      expect(removeSpuriousSpaces('重要業績評価指標 (K P I)')).toBe('重要業績評価指標(KPI)');
      expect(removeSpuriousSpaces('④追分 I C 周辺の土地利用計画の策定')).toBe('④追分 IC 周辺の土地利用計画の策定');
    });
  });

  describe('with a number and its unit apart (001:241, 001:540, 004:241)', () => {
    it('joins them', () => {
      expect(removeSpuriousSpaces('・観光入込客数\t⇒\t現状値 (H30)\t76 万人\t目標数値\t90 万人')).toBe(
        '・観光入込客数\t⇒\t現状値(H30)\t76万人\t目標数値\t90万人',
      );
      expect(removeSpuriousSpaces('住民基本台帳人口 現状値(H30) 46,302 人 目標値 44,200 人')).toBe(
        '住民基本台帳人口 現状値(H30) 46,302人 目標値 44,200人',
      );
      expect(removeSpuriousSpaces('25 億 4,000 万円(R1)')).toBe('25億4,000万円(R1)');
    });
  });

  describe('with a date and an ordinal letter-spaced (001:10, 001:214)', () => {
    it('joins them', () => {
      expect(removeSpuriousSpaces('令和 2 年 3 月')).toBe('令和2年3月');
      expect(removeSpuriousSpaces('現状値 (第 1 期実績)\t31社')).toBe('現状値(第1期実績)\t31社');
    });
  });

  describe('with a cumulative formula spaced out (001:347)', () => {
    it('writes it compactly', () => {
      expect(removeSpuriousSpaces('⇒ 目標数値 15 回 (年 3 回 × 5 年)')).toBe('⇒ 目標数値 15回(年3回×5年)');
    });
  });

  describe('with era years spaced out (004:113, 004:249)', () => {
    it('joins letter, year and 年度', () => {
      expect(removeSpuriousSpaces('事業概要\tR 7 年度\tR 8 年度\tR 9 年度')).toBe('事業概要\tR7年度\tR8年度\tR9年度');
      expect(removeSpuriousSpaces('3.4 千人(R5)\t15 千人(R1 水準)')).toBe('3.4千人(R5)\t15千人(R1水準)');
    });
  });

  describe('with a range of years spaced out (004:243 after NFKC)', () => {
    it('joins the range and its qualifier', () => {
      expect(removeSpuriousSpaces('5,533m³ (H26～H30 平均)')).toBe('5,533m³(H26～H30平均)');
      expect(removeSpuriousSpaces('H26 ～ H30')).toBe('H26～H30');
    });
  });

  describe('with a name followed by number cells in a slide table (002:331, 002:357)', () => {
    it('keeps the spaces that separate the cells', () => {
      expect(removeSpuriousSpaces('観光入込客数 544千人 820千人 5-1-4 農業・商業・工業の')).toBe(
        '観光入込客数 544千人 820千人 5-1-4 農業・商業・工業の',
      );
      expect(removeSpuriousSpaces('地域活動に参加している市民の割合 34.2% ↑')).toBe('地域活動に参加している市民の割合 34.2% ↑');
    });
  });

  describe('with numbered headings and list markers (001:17, 001:710)', () => {
    it('keeps the space after the number', () => {
      expect(removeSpuriousSpaces('1 策定趣旨\t1')).toBe('1 策定趣旨\t1');
      expect(removeSpuriousSpaces('締結 (1) 高齢者等の見守りに関すること (2) 道路')).toBe('締結 (1) 高齢者等の見守りに関すること (2) 道路');
    });
  });

  describe('with a header row of words (003:70 after NFKC)', () => {
    it('keeps the spaces between the words', () => {
      expect(removeSpuriousSpaces('具体的な施策 基準値(R4) KPI(R6) ')).toBe('具体的な施策 基準値(R4) KPI(R6)');
    });
  });
});
