/**
 * A table printed one cell per line in its columns' order, the names that took several lines in
 * their cells after the values (鯖江市, test/gold/towns/sabae-2017.txt lines 19-60).
 */
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { readCellColumns } from '../../../scripts/ingest/extract/readCellColumns';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const doc = (...lines: string[]) => toSourceDoc('town.txt', lines.join('\n'), 'UTF8');

describe('readCellColumns', () => {
  describe('names after the values, counts that agree', () => {
    const lines = [
      '元気生活率',
      '目',
      '標',
      '値',
      '(2019(H31)年)',
      '81%',
      '—',
      '30 人',
      '25 人(2009~14 年)',
      '45 人',
      'つつじバス年間利用者数',
      '18.8 万人(2014 年)',
      '20 万人',
      '59.5%(2014 年)',
      '62.1%',
      '新規若者移住・就業者数',
      '③地域間の移動性の確保',
      '値',
      '83.1%(2015 年)',
      '若者の社会減の抑制',
      '④安全で持続可能な地域 河川施設の整備率',
      'づくり',
      '- 80 -',
    ];
    const table = readCellColumns(doc(...lines), 1);
    it('gives a name right before values their first pair or lone target, and the pairs after them to the names with none, in order', () => {
      expect(table?.rows).toEqual([
        { name: '元気生活率', line: 1, lineEnd: 6, baseline: '83.1%(2015年)', target: '81%' },
        { name: 'つつじバス年間利用者数', line: 11, lineEnd: 13, baseline: '18.8万人(2014年)', target: '20万人' },
        // Names after their values: the row is its name's line, its span runs from its first value (lineStart) to its name.
        { name: '新規若者移住・就業者数', line: 16, lineEnd: 16, lineStart: 7, baseline: '—', target: '30人' },
        { name: '若者の社会減の抑制', line: 20, lineEnd: 20, lineStart: 9, baseline: '25人(2009～14年)', target: '45人' },
        { name: '河川施設の整備率', line: 21, lineEnd: 21, lineStart: 14, baseline: '59.5%(2014年)', target: '62.1%' },
      ]);
    });
    it('ends before the page number', () => {
      expect(table?.end).toBe(22);
    });
  });
  describe('counts that disagree', () => {
    it('assigns nothing when more pairs than names stand apart', () => {
      expect(readCellColumns(doc('出生数', '590 人(2014 年)', '610 人', '59.5%(2014 年)', '62.1%', '44.6%(2014 年)', '45.6%', '河川施設の整備率'), 1)).toBeNull();
    });
    it('assigns nothing when a name stands right before a lone baseline (its own, or a row’s whose name came first?)', () => {
      expect(readCellColumns(doc('元気生活率', '81%', '—', '30 人', '新規若者移住・就業者数', '83.1%(2015 年)'), 1)).toBeNull();
    });
    it('assigns nothing when a lone baseline finds no row without one', () => {
      expect(readCellColumns(doc('出生数', '590 人(2014 年)', '610 人', '83.1%(2015 年)'), 1)).toBeNull();
    });
  });
  describe('every name before its values', () => {
    it('is null: readValuePair reads such rows', () => {
      expect(readCellColumns(doc('出生数', '590 人(2014 年)', '610 人', '河川施設の整備率', '59.5%(2014 年)', '62.1%'), 1)).toBeNull();
    });
  });
  describe('not a name line', () => {
    it('is null for a value or a sentence', () => {
      expect(readCellColumns(doc('81%', '出生数'), 1)).toBeNull();
      expect(readCellColumns(doc('出生数を増やします。', '590 人', '610 人'), 1)).toBeNull();
    });
  });
});

describe('such a table in a document', () => {
  const r = extractRecords(doc('成果指標', '元気生活率', '目', '標', '値', '(2019(H31)年)', '81%', '—', '30 人', '新規若者移住・就業者数', '②子育て世代の居住誘導', '83.1%(2015 年)'));
  it('gives goal-level indicators dated by the spelled header', () => {
    expect(r.indicators.map((i) => [i.line, i.lineEnd, i.level, i.name, i.baseline?.value ?? null, i.baseline?.fiscalYear ?? null, i.target.value, i.target.fiscalYear])).toEqual([
      [2, 7, 'goal', '元気生活率', 83.1, 2015, 81, 2019],
      [10, undefined, 'goal', '新規若者移住・就業者数', null, null, 30, 2019],
    ]);
  });
  it('cites a name printed after its values at its own line, the span reaching up to its first value', () => {
    expect(r.indicators[1]).toMatchObject({ line: 10, lineStart: 8 });
    expect(r.indicators[0]!.lineStart).toBeUndefined();
  });
});
