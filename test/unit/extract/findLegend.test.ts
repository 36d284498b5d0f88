import { describe, expect, it } from 'vitest';
import { findLegend } from '../../../scripts/ingest/extract/findLegend';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const doc = (text: string) => toSourceDoc('legend.txt', text, 'UTF8');

describe('findLegend', () => {
  describe('a sentence stating both periods (fuchu)', () => {
    it('reads the first baseline and target periods and the line', () => {
      const text = [
        '目標1 子育て不安の解消',
        ' なお、特に記載がない限り、現状が平成20年度、目標が平成26年度です。ただし、区分がⅲの評 価指標は、現状が平成18年度、目標が平成25年度となっています。',
      ].join('\n');
      expect(findLegend(doc(text))).toEqual({ baseline: '平成20年度', target: '平成26年度', line: 2 });
    });
  });
  describe('a note with an arrow (yokkaichi)', () => {
    it('reads `(●は平成15年度→平成18年度の目標例) |`', () => {
      const text = ['●汚水・衛生処理率=70.1%→72.3% |', '(●は平成15年度→平成18年度の目標例) |'].join('\n');
      expect(findLegend(doc(text))).toEqual({ baseline: '平成15年度', target: '平成18年度', line: 2 });
    });
  });
  describe('no legend', () => {
    it('returns null for statements that carry their own periods', () => {
      const text = ['基本目標1 しごとをつくる', '観光客数：1万人(R1)→2万人(R7)', '新規雇用者数 ⇒ 現状値(H30)100人 目標数値 200人'].join('\n');
      expect(findLegend(doc(text))).toBeNull();
    });
    it('returns null when the words are there but no periods', () => {
      expect(findLegend(doc('現状が低く、目標が高い'))).toBeNull();
    });
  });
});
