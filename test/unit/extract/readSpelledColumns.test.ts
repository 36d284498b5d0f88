/**
 * A table header a PDF converter printed one character per line, as a narrow column's label is set
 * vertically (鯖江市, test/gold/towns/sabae-2017.txt lines 20-23: `目` / `標` / `値` / `(2019(H31)年)`).
 */
import { describe, expect, it } from 'vitest';
import { findLegend } from '../../../scripts/ingest/extract/findLegend';
import { readSpelledColumns } from '../../../scripts/ingest/extract/readSpelledColumns';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const doc = (...lines: string[]) => toSourceDoc('town.txt', lines.join('\n'), 'UTF8');

describe('readSpelledColumns', () => {
  describe('a column word spelled down the lines, its period under it', () => {
    it('reads `目` / `標` / `値` / `(2019(H31)年)` as the target column of 2019(H31)年', () => {
      expect(readSpelledColumns(doc('成果指標', '元気生活率', '目', '標', '値', '(2019(H31)年)', '81%'))).toEqual([
        { role: 'target', period: '2019(H31)年', line: 3 },
      ]);
    });
    it('reads a baseline column and a target column', () => {
      expect(readSpelledColumns(doc('現', '状', '値', '(H26)', '目', '標', '値', '(H31)'))).toEqual([
        { role: 'baseline', period: 'H26', line: 1 },
        { role: 'target', period: 'H31', line: 5 },
      ]);
    });
  });
  describe('other single characters', () => {
    it('dates nothing when no period stands under the label', () => {
      expect(readSpelledColumns(doc('目', '標', '値', '81%'))).toEqual([]);
    });
    it('ignores characters that spell no column word', () => {
      expect(readSpelledColumns(doc('状', '値', '(2015年)'))).toEqual([]);
    });
    it('ignores a character alone between longer lines', () => {
      expect(readSpelledColumns(doc('元気生活率', '現', '(2015年)'))).toEqual([]);
    });
  });
});

describe('findLegend with a spelled column', () => {
  it('gives the target period and no baseline period', () => {
    expect(findLegend(doc('指標', '目', '標', '値', '(2019(H31)年)'))).toEqual({ baseline: null, target: '2019(H31)年', line: 2 });
  });
  it('prefers a legend sentence', () => {
    expect(findLegend(doc('目', '標', '値', '(2019年)', '現状が平成20年度、目標が平成26年度です。'))).toEqual({ baseline: '平成20年度', target: '平成26年度', line: 5 });
  });
});
