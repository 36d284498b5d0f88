import { describe, expect, it } from 'vitest';
import { tokenizeDocument } from '../../../scripts/ingest/extract/tokenizeDocument';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const tokens = (text: string) => tokenizeDocument(toSourceDoc('t.txt', text, 'UTF8'));

describe('tokenizeDocument', () => {
  describe('a stray `|` cell end (its doc comment)', () => {
    it('splits `出生数\\t2,264人 |` into two cell-start tokens', () => {
      const t = tokens('出生数\t2,264人 |');
      expect(t.map((x) => [x.text, x.cellStart, x.lineStart, x.lineEnd, x.lineCells])).toEqual([
        ['出生数', true, true, false, 2],
        ['2,264人', true, false, true, 2],
      ]);
    });
  });
  describe('spaces', () => {
    it('keeps a parenthesized period with the word before it (kakogawa)', () => {
      expect(tokens('出生数 1,820人 (2019年度) 1,890人').map((x) => [x.text, x.cellStart])).toEqual([
        ['出生数', true],
        ['1,820人(2019年度)', false],
        ['1,890人', false],
      ]);
    });
  });
  describe('blank lines and long lines', () => {
    it('marks the first token after a blank line and skips the blank', () => {
      const t = tokens('目標1 子育て不安の解消\n\n評価指標 現状 目標 区分');
      expect(t.map((x) => [x.line, x.blankBefore])).toEqual([
        [1, false],
        [1, false],
        [3, true],
        [3, false],
        [3, false],
        [3, false],
      ]);
    });
    it('marks a line over 150 characters without TABs as flattened', () => {
      expect(tokens('あ'.repeat(151))[0]?.flattened).toBe(true);
      expect(tokens('あ'.repeat(150))[0]?.flattened).toBe(false);
    });
  });
});
