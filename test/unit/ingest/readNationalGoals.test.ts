import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNationalGoals } from '../../../scripts/ingest/framework/readNationalGoals';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

describe('readNationalGoals', () => {
  describe('on 北斗市 001 (【参考:国における基本目標】, lines 93–109)', () => {
    const doc = toSourceDoc('seeds/001.txt', readFileSync('seeds/001_c90401aa62130a51.txt', 'utf8'), 'UTF8');
    const goals = readNationalGoals(doc);
    it('reads four 第1期 and six 第2期 goals with their lines', () => {
      expect(goals.map((g) => `${g.generation}-${g.kind}-${g.number}@${g.line}`)).toEqual([
        '1-basic-1@97', '1-basic-2@98', '1-basic-3@99', '1-basic-4@100',
        '2-basic-1@104', '2-basic-2@105', '2-basic-3@106', '2-basic-4@107', '2-cross-cutting-1@108', '2-cross-cutting-2@109',
      ]);
    });
    it('keeps the titles as written', () => {
      expect(goals.find((g) => g.generation === 2 && g.kind === 'cross-cutting' && g.number === 2)?.title).toBe('新しい時代の流れを力にする');
    });
  });
  describe('on a document that quotes none', () => {
    it('returns nothing', () => {
      expect(readNationalGoals(toSourceDoc('x.txt', '基本目標1 まちをつくる\n', 'UTF8'))).toEqual([]);
    });
  });
});
