import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels, type LabelSpace } from '../../../src/components/theme/client/placeLabels';

const space = (over: Partial<LabelSpace> = {}): LabelSpace => ({ min: 0, max: 100, lines: 1, taken: [], gap: 2, reach: 0, ...over });

describe('placeLabels', () => {
  describe('room beside the mark', () => {
    it('puts a label right of its mark, a gap away', () => {
      expect(placeLabels([{ x: 10, width: 30 }], space())).toEqual([{ left: 12, right: 42, line: 0 }]);
    });
    it('puts it left of its mark when the right runs off the edge', () => {
      expect(placeLabels([{ x: 90, width: 30 }], space())).toEqual([{ left: 58, right: 88, line: 0 }]);
    });
  });
  describe('two marks close together', () => {
    const close = [
      { x: 12, width: 30 },
      { x: 10, width: 30 },
    ];
    it('on one line without reach: the mark further left gets its place, the other none (answers in the order asked)', () => {
      expect(placeLabels(close, space())).toEqual([null, { left: 12, right: 42, line: 0 }]);
    });
    it('with two lines, the second goes to line 1', () => {
      expect(placeLabels(close, space({ lines: 2 }))).toEqual([{ left: 14, right: 44, line: 1 }, { left: 12, right: 42, line: 0 }]);
    });
    it('with reach, the second slides just past the first: 42 + 2 = 44', () => {
      expect(placeLabels(close, space({ reach: 40 }))).toEqual([{ left: 44, right: 74, line: 0 }, { left: 12, right: 42, line: 0 }]);
    });
    it('not further than its reach (44 − 12 = 32 > 20)', () => {
      expect(placeLabels(close, space({ reach: 20 }))).toEqual([null, { left: 12, right: 42, line: 0 }]);
    });
  });
  describe('a box already taken (the row label, 0–40 on line 0)', () => {
    it('moves a label of a mark under it to the next line', () => {
      expect(placeLabels([{ x: 20, width: 30 }], space({ lines: 2, taken: [{ left: 0, right: 40, line: 0 }] }))).toEqual([{ left: 22, right: 52, line: 1 }]);
    });
  });
  describe('placed labels never overlap', () => {
    it('holds for four names at one point, on three lines with reach', () => {
      const boxes = placeLabels(
        [0, 1, 2, 3].map(() => ({ x: 30, width: 40 })),
        { min: 2, max: 338, lines: 3, taken: [{ left: 11, right: 70, line: 0 }], gap: 6, reach: 90 },
      );
      const placed = boxes.filter((b) => b !== null);
      expect(placed).toHaveLength(4);
      for (const a of placed) for (const b of placed) if (a !== b && a.line === b.line) expect(a.right <= b.left || b.right <= a.left).toBe(true);
    });
  });
});

describe('labelWidth', () => {
  it('counts about one em for each kanji or kana: 北斗市 → 3 × 12.6 + 1 = 38.8 → 39', () => {
    expect(labelWidth('北斗市')).toBe(39);
  });
  it('about two thirds of one for Latin letters: Kitakami → 8 × 7.68 + 1 = 62.4 → 63', () => {
    expect(labelWidth('Kitakami')).toBe(63);
  });
});
