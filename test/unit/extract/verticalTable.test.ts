/**
 * A PDF table that came out one cell per line (坂井市's grant report, ../shared/corpus/sakai-2016.txt
 * lines 53–89, copied here): a vertical header, names split over lines with their row numbers ①②.
 */
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const TEXT = [
  '本事業における重要業績評価指標(KPI)',
  '指標値',
  '単位',
  '目標月',
  '実績値',
  '-',
  '指標 首都圏での坂井市の',
  '① 認知度',
  '6',
  '%',
  'H28.3',
  '7.3',
  '指標 情報連鎖が獲得でき',
  '② る番組誘致',
  '1',
  '番組',
  'H28.3',
  '1',
].join('\n');

describe('a table printed one cell per line', () => {
  const r = extractRecords(toSourceDoc('sakai.txt', TEXT, 'UTF8'));
  it('reads the names over their lines, without the 指標 label and the ①②', () => {
    expect(r.indicators.map((i) => i.name)).toEqual(['首都圏での坂井市の認知度', '情報連鎖が獲得できる番組誘致']);
  });
  it('takes the value, the unit of the 単位 column and the year of the 目標月 (H28.3 = March 2016, FY2015)', () => {
    expect(r.indicators.map((i) => [i.level, i.target.value, i.target.unit, i.target.period, i.target.fiscalYear, i.line, i.lineEnd])).toEqual([
      ['measure', 6, '%', 'H28.3', 2015, 7, 12],
      ['measure', 1, '番組', 'H28.3', 2015, 13, 18],
    ]);
  });
  it('keeps the 実績値 as the actual', () => {
    expect(r.indicators.map((i) => i.actuals?.map((a) => [a.value, a.line]))).toEqual([[[7.3, 12]], [[1, 18]]]);
  });
});

describe('a table of one row printed one cell per line, its periods on lines of their own (a tourism plan\'s KPI)', () => {
  const r = extractRecords(
    toSourceDoc(
      'town.txt',
      ['指標2', '宿泊者数(年間)', '指標(KPI)', '宿泊者数', '(年間)', '現状値', '目標値', '(令和元年)', '(令和7年)', '12万3千人', '15万人', '1年間に市内で宿泊した人の数です。'].join('\n'),
      'UTF8',
    ),
  );
  it('reads the name wherever it stands among the labels, the periods in column order, 12万3千人 as one number, at measure level (KPI)', () => {
    expect(r.indicators.map((i) => [i.line, i.level, i.name, i.baseline?.value, i.baseline?.unit, i.baseline?.fiscalYear, i.target.value, i.target.unit, i.target.fiscalYear])).toEqual([
      [4, 'measure', '宿泊者数(年間)', 12.3, '万人', 2019, 15, '万人', 2025],
    ]);
  });
});

describe('a grant report printed one cell per line with only 指標値 / 単位 columns (no 目標月)', () => {
  // The shape of 石巻市's 地方創生先行型 report (test/gold/towns/ishinomaki-2016.txt lines 17–32), shortened.
  const r = extractRecords(
    toSourceDoc('city.txt', ['本事業における重要業績評価指標(KPI)', '指標値', '単位', '指標①', '創業数', '5', '件', '指標②', '新規事業補助採択数', '9', '件'].join('\n'), 'UTF8'),
  );
  it('reads each name with its value and the unit of the 単位 column, and no year the text does not give', () => {
    expect(r.indicators.map((i) => [i.target.value, i.target.unit, i.target.fiscalYear ?? null])).toEqual([
      [5, '件', null],
      [9, '件', null],
    ]);
    // The names (the 指標① label before them is still kept in the name today: a known wart).
    expect(r.indicators.map((i) => i.name.replace(/^指標[①-⑳]/, ''))).toEqual(['創業数', '新規事業補助採択数']);
  });
});

describe('a row number glued to a project name in a table printed one cell per line', () => {
  // 玉東町's grant report (test/gold/towns/gyokuto-2016.txt lines 48–77), shortened: `1 玉東町総合戦略策定事業` is the No. cell and the name.
  const r = extractRecords(
    toSourceDoc(
      'town.txt',
      ['指標値', '単位', '目標年月', '実績値', '事業効果', '指標①', '1 玉東町総合戦略策定事業', '指標⑤', '失業者の雇用', '3', '人', 'H28.3'].join('\n'),
      'UTF8',
    ),
  );
  it('does not take the row number for a value (no row "事業効果 … → 1")', () => {
    expect(r.indicators.map((i) => [i.target.value, i.target.unit, i.target.fiscalYear])).toEqual([[3, '人', 2015]]);
    expect(r.indicators[0]!.name).toContain('失業者の雇用');
  });
});
