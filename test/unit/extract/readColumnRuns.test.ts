/**
 * A flattened page whose table a PDF converter printed column by column (as 美馬市's
 * ../shared/corpus/mima-2019.txt line 3 is): the page here is another town's, written by hand in
 * that shape. Under ② the header comes back with its cells between the labels (`単位 件 回 現状値
 * 120 6 目標値(R7)`), the names stand alone later, under ③ and after it, and the targets later still
 * after a 説明 label (`100 12 3,800`).
 */
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { isColumnRunTable } from '../../../scripts/ingest/extract/readColumnRuns';
import { tokenizeDocument } from '../../../scripts/ingest/extract/tokenizeDocument';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const PAGE = [
  '基本目標2 安心して暮らせるまちをつくる',
  '①防災対策 指標名 単位 現状値 目標値(R7) 自主防災組織数 団体 40 55',
  '②防犯活動 指標名 単位 件 回 現状値 120 6 目標値(R7) 単位 人 現状値 3,400 目標値(R7)',
  '刑法犯認知件数 防犯教室の開催 ③交通安全対策 指標名 交通安全教室参加者数',
  '説明 地域ぐるみで自主的な防災活動を広げます。 説明 100 12 3,800 説明 交通ルールを守る意識を高めます。',
].join(' ');

const extract = (text: string) => extractRecords(toSourceDoc('town.txt', `${text}\n`, 'UTF8'));
const view = (r: ReturnType<typeof extract>) =>
  r.indicators.map((i) => [
    r.measures.find((m) => m.key === i.measureKey)?.title ?? null,
    i.name,
    i.baseline?.value ?? null,
    i.baseline?.unit ?? null,
    i.target.value,
    i.target.unit,
    i.target.fiscalYear,
  ]);

describe('readColumnRuns: a table printed column by column', () => {
  it('is told from a table printed row by row', () => {
    const tokens = tokenizeDocument(toSourceDoc('town.txt', PAGE, 'UTF8'));
    expect(isColumnRunTable(tokens, 0, tokens.length)).toBe(true);
    const rowByRow = tokenizeDocument(toSourceDoc('town.txt', `${'①防災対策 指標名 単位 現状値 目標値(R7) 自主防災組織数 団体 40 55 '.repeat(4)}`, 'UTF8'));
    expect(isColumnRunTable(rowByRow, 0, rowByRow.length)).toBe(false);
  });

  it('puts each row back together by counting: names in order, targets in order, under the heading its name stands under', () => {
    const r = extract(PAGE);
    expect(r.measures.map((m) => [m.label, m.title])).toEqual([
      ['①', '防災対策'],
      ['②', '防犯活動'],
      ['③', '交通安全対策'],
    ]);
    expect(view(r)).toEqual([
      ['防災対策', '自主防災組織数', 40, '団体', 55, '団体', 2025],
      ['防犯活動', '刑法犯認知件数', 120, '件', 100, '件', 2025],
      ['防犯活動', '防犯教室の開催', 6, '回', 12, '回', 2025],
      ['交通安全対策', '交通安全教室参加者数', 3400, '人', 3800, '人', 2025],
    ]);
    expect(r.skipped).toEqual([]);
  });

  it('assigns nothing by guesswork: when the targets that stand alone are one short, the rows that need one are skipped with why', () => {
    const r = extract(PAGE.replace(' 100 12 3,800 ', ' 100 12 '));
    expect(view(r).map((row) => row[1])).toEqual(['自主防災組織数']);
    expect(r.skipped).toEqual([{ line: 1, reason: 'expected 3 target cells standing alone, found runs of 2' }]);
  });

  it('skips the rows of a block whose names do not match it in number', () => {
    const r = extract(PAGE.replace('刑法犯認知件数 防犯教室の開催', '刑法犯認知件数'));
    expect(r.skipped.map((s) => s.reason)).toContain('expected 2 names standing alone after ②, found 1');
    expect(view(r).map((row) => row[1])).not.toContain('刑法犯認知件数');
  });
});
