import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findRepeatedHeaders } from '../../../scripts/ingest/clean/findRepeatedHeaders';

describe('findRepeatedHeaders', () => {
  describe('on the 北上市 action plan (004)', () => {
    const texts = readFileSync('seeds/004_2b3a8d459449e757.txt', 'utf8').split('\n');
    const headers = findRepeatedHeaders(texts);
    it('finds the page header on all 20 pages, starting at line 4', () => {
      const header = '持続可能なまちづくり推進プロジェクト アクションプラン(2021～2025)';
      expect(texts[3]).toBe(header);
      expect([...headers].filter((n) => texts[n - 1]!.trim() === header)).toHaveLength(20);
    });
    it('leaves table rows alone', () => {
      expect(headers.has(40)).toBe(false);
    });
  });
  describe('on short or unique lines', () => {
    it('finds nothing', () => {
      expect(findRepeatedHeaders(['SDGs', 'SDGs', 'SDGs', '一度だけの長い見出しです'])).toEqual(new Set());
    });
  });
});
