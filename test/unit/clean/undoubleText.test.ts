import { describe, expect, it } from 'vitest';
import { undoubleText } from '../../../scripts/ingest/clean/undoubleText';

describe('undoubleText', () => {
  describe('with a bullet and its text both doubled (000:732)', () => {
    it('keeps one of each', () => {
      expect(undoubleText('◦◦出会いを創出するイベントを開催出会いを創出するイベントを開催')).toBe('◦出会いを創出するイベントを開催');
    });
  });

  describe('with a line written exactly twice (000:734 wrapped, 000:751)', () => {
    it('keeps one copy', () => {
      expect(undoubleText('保育園等の「第２子以降の保育料および保育園等の「第２子以降の保育料および')).toBe('保育園等の「第２子以降の保育料および');
      expect(undoubleText('に要する費用の支援に要する費用の支援')).toBe('に要する費用の支援');
    });
  });

  describe('with several doubled segments (000:360, 002:28)', () => {
    it('keeps one of each segment', () => {
      expect(undoubleText('総合戦略総合戦略策定策定')).toBe('総合戦略策定');
      expect(undoubleText('総合性総合性結果重視結果重視')).toBe('総合性結果重視');
    });
  });

  describe('with doubled text whose copies begin with a space (000:735)', () => {
    it('undoubles the raw line', () => {
      expect(undoubleText('\u3000給食費」を無償化\u3000給食費」を無償化')).toBe('\u3000給食費」を無償化');
    });

    it('undoubles the normalized line, whose first copy lost its leading space', () => {
      expect(undoubleText('給食費」を無償化 給食費」を無償化')).toBe('給食費」を無償化');
    });
  });

  describe('with ordinary text', () => {
    it('returns it unchanged', () => {
      expect(undoubleText('具体的な施策')).toBe('具体的な施策');
      expect(undoubleText('最重点基本目標を達成するために・・・・・・')).toBe('最重点基本目標を達成するために・・・・・・');
    });
  });

  describe('with short repetitions that are words', () => {
    it('returns them unchanged', () => {
      expect(undoubleText('いろいろ')).toBe('いろいろ');
      expect(undoubleText('・・・・')).toBe('・・・・');
    });
  });

  describe('with TAB-separated cells that repeat (004:35)', () => {
    it('returns the line unchanged', () => {
      expect(undoubleText('---\t--\t---')).toBe('---\t--\t---');
    });
  });
});
