import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { IngestError } from '../../../src/core/IngestError';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const doc = (...lines: string[]) => toSourceDoc('seeds/bad.txt', lines.join('\n'), 'UTF8');
const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
};

describe('extractRecords: a statement that cannot be read', () => {
  // Line 3 states `4,0,0人`, no number; lines 2 and 4 are well formed.
  const bad = doc('基本目標1 しごとをつくる', '新規雇用者数 ⇒ 現状値(H30)100人 目標数値 200人', '新規雇用増加数 現状値(第1期実績)234人 目標数値 4,0,0人', '観光客数：1万人(R1)→2万人(R7)');

  describe('strict (a seed\'s ingest)', () => {
    const error = thrown(() => extractRecords(bad, { strict: true }));
    it('throws an IngestError', () => {
      expect(error).toBeInstanceOf(IngestError);
    });
    it('names the file and the line', () => {
      expect(error).toMatchObject({ file: 'seeds/bad.txt', line: 3 });
      expect((error as Error).message).toMatch(/^seeds\/bad\.txt:3: expected /);
    });
  });

  describe('lenient (the default, as for `extract`)', () => {
    const r = extractRecords(bad);
    it('lists the line in skipped with the reason', () => {
      expect(r.skipped).toHaveLength(1);
      expect(r.skipped[0]!.line).toBe(3);
      expect(r.skipped[0]!.reason).toMatch(/^seeds\/bad\.txt:3: expected /);
    });
    it('reads no indicator from it and does not mark it consumed', () => {
      expect(r.indicators.some((i) => i.line === 3)).toBe(false);
      expect(r.consumed.has(3)).toBe(false);
    });
    it('still reads the statements around it', () => {
      expect(r.indicators.map((i) => [i.name, i.line])).toEqual([
        ['新規雇用者数', 2],
        ['観光客数', 4],
      ]);
    });
    it('is the same with strict: false', () => {
      expect(extractRecords(bad, { strict: false }).skipped).toEqual(r.skipped);
    });
  });

  describe('well-formed statements', () => {
    it('do not throw when strict', () => {
      const good = doc('基本目標1 しごとをつくる', '新規雇用者数 ⇒ 現状値(H30)100人 目標数値 200人');
      expect(extractRecords(good, { strict: true }).indicators).toHaveLength(1);
    });
  });
});
