import { describe, expect, it } from 'vitest';
import { formatOverall, formatTable } from '../../../scripts/eval/formatTable';
import type { DocumentResult, SuiteResult } from '../../../scripts/eval/runSuite';
import { emptyTally, sumTallies, type Tally } from '../../../scripts/eval/Tally';

/** A scored document with the given counts and no details. */
function documentOf(document: string, tally: Tally, error: string | null = null): DocumentResult {
  return { document, goldFile: `g/${document}.gold.json`, textFile: `g/${document}.txt`, score: { tally, missed: [], extra: [], inexact: [] }, error };
}

/** A suite of those documents, totalled. */
function suiteOf(documents: DocumentResult[]): SuiteResult {
  return { title: 'corpus', goldFolder: 'g', folderExists: true, documents, skipped: [], total: sumTallies(documents.map((d) => d.score.tally)) };
}

// anjo: 4 gold, 5 rows, 3 found, 2 exact, 2 extra; fuchu: 6 gold, the extractor failed.
const anjo: Tally = { gold: 4, extracted: 5, found: 3, exact: 2, extra: 2, fields: { level: 3, unit: 3, baselineValue: 2, baselineFy: 3, targetKind: 3, targetValue: 2, targetFy: 1, line: 3 } };
const fuchu: Tally = { ...emptyTally(), gold: 6 };
const suite = suiteOf([documentOf('anjo-2016', anjo), documentOf('fuchu-2010', fuchu, 'fuchu-2010.txt: expected a document in a known layout')]);
const lines = formatTable(suite).split('\n');
const cellsOf = (start: string) => lines.find((l) => l.startsWith(start))!.trim().split(/\s{2,}/);

describe('formatTable', () => {
  describe('the total row', () => {
    it('sums the counts and computes its shares from the sums', () => {
      // found 3/10, exact 2/10, extra 2/5; fields over the 3 found: 3/3, 3/3, 2/3, 3/3, 3/3, 2/3, 1/3, 3/3.
      expect(cellsOf('total')).toEqual(['total', '10', '5', '3', '30%', '2', '20%', '2', '40%', '100%', '100%', '66%', '100%', '100%', '66%', '33%', '100%']);
    });
  });
  describe('document rows', () => {
    it('show a document’s own shares', () => {
      expect(cellsOf('anjo-2016')).toEqual(['anjo-2016', '4', '5', '3', '75%', '2', '50%', '2', '40%', '100%', '100%', '66%', '100%', '100%', '66%', '33%', '100%']);
    });
    it('show - where there is nothing to divide by, and mark a failure with a footnote', () => {
      expect(cellsOf('fuchu-2010')).toEqual(['fuchu-2010 [1]', '6', '0', '0', '0%', '0', '0%', '0', '-', '-', '-', '-', '-', '-', '-', '-', '-']);
      expect(lines).toContain('[1] fuchu-2010: extractor failed, counted as 0 found: fuchu-2010.txt: expected a document in a known layout');
    });
  });
  describe('layout', () => {
    it('aligns every column: header, rules, rows and total have one width', () => {
      const table = lines.slice(1, 6);
      expect(new Set(table.map((l) => l.length)).size).toBe(1);
      expect(table[0]!.split(/\s+/).slice(0, 4)).toEqual(['document', 'gold', 'rows', 'found']);
    });
    it('says when a suite has no gold', () => {
      expect(formatTable(suiteOf([]))).toBe('corpus (g): no gold yet');
    });
  });
});

describe('formatOverall', () => {
  it('sums every suite', () => {
    const total = sumTallies([anjo, fuchu, anjo]);
    expect(formatOverall([suite, suiteOf([documentOf('x', anjo)])], total)).toBe(
      'overall (2 suites, 3 documents): gold 14, found 6 (42%), exact 4 (28%), extra 4 of 10 rows (40%)',
    );
  });
});
