/**
 * A results table whose header labels came out mixed with the first row's cells (江田島市,
 * test/gold/towns/etajima-2016.txt line 3: `■施策① 農林業の振興 H27 指 標 名
 * 有害鳥獣による農作物年間被害額(千円) 現状値 (H26) 22,585 実績 改善・ 悪化 達成度 目標値 (H31)
 * 20,563 ○ A 20,000 ≪成果と見直し≫ …`): letter-spaced and wrapped labels, evaluation marks.
 */
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { readBlockWord } from '../../../scripts/ingest/extract/readHeadings';
import { labelAt, readInterleavedHeader } from '../../../scripts/ingest/extract/readInterleavedHeader';
import { tokenizeDocument } from '../../../scripts/ingest/extract/tokenizeDocument';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const doc = (text: string) => toSourceDoc('town.txt', text, 'UTF8');
/** The page as the converter flattened it, long enough to be read as a flattened page. */
const page = (...parts: string[]) => parts.join(' ');
const head = '資料4 改善・悪化:改善○,維持△,悪化×,未実施 達成度:順調A,要改善B,未実施- 総合戦略の具体的施策 (ⅲ)具体的施策・施策ごとの重要業績評価指標 ■施策① 農林業の振興 H27';
const table = '指 標 名 有害鳥獣による農作物年間被害額(千円) 現状値 (H26) 22,585 実績 改善・ 悪化 達成度 目標値 (H31) 20,563 ○ A 20,000';
const prose = '≪成果と見直し≫ 防護柵の設置等による防除対策の普及により,減少した。';
const next = 'オリーブ栽培の面積(ha) 22.6 24.6 ○ B 35.0';

describe('labelAt', () => {
  const tokens = tokenizeDocument(doc(page(head, table, prose, next)));
  const at = (text: string) => tokens.findIndex((t) => t.text === text);
  it('joins a label set with a space between its letters (`指 標 名`)', () => {
    expect(labelAt(tokens, at('指'))).toMatchObject({ column: { role: 'name', label: '指標名' }, used: 3 });
  });
  it('joins a label wrapped after `・` (`改善・` `悪化`)', () => {
    expect(labelAt(tokens, at('改善・'))).toMatchObject({ column: { role: 'mark', label: '改善・悪化' }, used: 2 });
  });
  it('is null for a name', () => {
    expect(labelAt(tokens, at('有害鳥獣による農作物年間被害額(千円)'))).toBeNull();
  });
});

describe('readInterleavedHeader', () => {
  const tokens = tokenizeDocument(doc(page(head, table, prose, next)));
  const read = readInterleavedHeader(tokens, tokens.findIndex((t) => t.text === '指'));
  it('reads the labels in order as the columns', () => {
    expect(read?.header.columns.map((c) => [c.role, c.period])).toEqual([
      ['name', null],
      ['baseline', 'H26'],
      ['actual', null],
      ['mark', null],
      ['mark', null],
      ['target', 'H31'],
    ]);
  });
  it('takes the cells between the labels and after the last, one per column, as the first row', () => {
    expect(read?.firstRow.map((k) => tokens[k]!.text)).toEqual(['有害鳥獣による農作物年間被害額(千円)', '22,585', '20,563', '○', 'A', '20,000']);
  });
  it('is null for a header with no cell between its labels, or one repeated along the line', () => {
    const plain = tokenizeDocument(doc(page(head, '指標名 現状値(H26) 目標値(H31) 有害鳥獣による農作物年間被害額(千円) 22,585 20,000', prose)));
    expect(readInterleavedHeader(plain, plain.findIndex((t) => t.text === '指標名'))).toBeNull();
    const repeated = tokenizeDocument(doc(page(head, '目標(指標)名 単位 現状 目標(平成31年度) % 0 単位 現状 目標(平成31年度) 人 171', prose)));
    expect(readInterleavedHeader(repeated, repeated.findIndex((t) => t.text === '目標(指標)名'))).toBeNull();
  });
});

describe('such a table on a flattened page', () => {
  const r = extractRecords(doc(page(head, table, prose, next)));
  it('reads the first row from the header and the next rows with their marks in place, under the KPI block word', () => {
    expect(r.indicators.map((i) => [i.level, i.name, i.baseline?.value ?? null, i.baseline?.fiscalYear ?? null, i.target.value, i.target.unit, i.target.fiscalYear, i.actuals?.map((a) => a.value)])).toEqual([
      ['measure', '有害鳥獣による農作物年間被害額(千円)', 22585, 2014, 20000, '千円', 2019, [20563]],
      ['measure', 'オリーブ栽培の面積(ha)', 22.6, 2014, 35, 'ha', 2019, [24.6]],
    ]);
  });
});

describe('readBlockWord after a roman item label', () => {
  it('reads `(iii)具体的施策・施策ごとの重要業績評価指標` as measure', () => {
    expect(readBlockWord('(ⅲ)具体的施策・施策ごとの重要業績評価指標')).toBe('measure');
  });
  it('is null for the label before other words', () => {
    expect(readBlockWord('(ⅰ)基本目標')).toBeNull();
  });
});
