import { describe, expect, it } from 'vitest';
import { readCell } from '../../../scripts/ingest/extract/readCell';

describe('readCell', () => {
  describe('quantities', () => {
    it('reads a value with its own period (kakogawa `1,820人 (2019年度)`)', () => {
      expect(readCell('1,820人(2019年度)')).toEqual({ kind: 'quantity', text: '1,820人(2019年度)' });
    });
    it('reads percentages and scaled units (004 `64.1%`, 001 `76 万人`)', () => {
      expect(readCell('64.1%')?.kind).toBe('quantity');
      expect(readCell('76 万人')?.kind).toBe('quantity');
    });
    it('keeps the text as written', () => {
      expect(readCell('1,039人')?.text).toBe('1,039人');
    });
  });
  describe('states', () => {
    it.each(['↑', '増加', '維持', '減少'])('reads %s as a state', (text) => {
      expect(readCell(text)).toEqual({ kind: 'state', text });
    });
  });
  describe('achievements', () => {
    it('reads 未達成 with its value in parentheses', () => {
      expect(readCell('未達成(1,820人)')).toEqual({ kind: 'achievement', text: '未達成(1,820人)' });
    });
    it('reads 達成 alone', () => {
      expect(readCell('達成')?.kind).toBe('achievement');
    });
  });
  describe('none', () => {
    it.each(['―', 'なし', '未策定', '-'])('reads %s as a cell with no value', (text) => {
      expect(readCell(text)).toEqual({ kind: 'none', text });
    });
  });
  describe('not cells', () => {
    it('does not read a name', () => {
      expect(readCell('出生数')).toBeNull();
      expect(readCell('子育て環境の充実度')).toBeNull();
    });
    it('does not read a bare period', () => {
      expect(readCell('2019年度')).toBeNull();
      expect(readCell('H30')).toBeNull();
      expect(readCell('平成12年')).toBeNull();
    });
    it('does not read an empty token', () => {
      expect(readCell('  ')).toBeNull();
    });
  });
});
