/**
 * The national grant report (地方創生先行型 事業実施結果報告, 様式2) printed one cell per line, as PDF
 * converters give it: each project row writes its 交付金の種類 (`基礎交付`) and its 実績額 in yen
 * before its KPI cells, often glued on one line with the project's name and the 指標② label
 * (石巻市, test/gold/towns/ishinomaki-2016.txt lines 17-48; 玉東町, test/gold/towns/gyokuto-2016.txt
 * lines 38-80; the same form as 坂井市's, ../shared/corpus/sakai-2016.txt). Lines below are
 * written after those shapes.
 */
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { isGrantAmount, isGrantKind } from '../../../scripts/ingest/extract/grantReportCells';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const doc = (...lines: string[]) => toSourceDoc('town.txt', lines.join('\n'), 'UTF8');
const rows = (...lines: string[]) =>
  extractRecords(doc(...lines)).indicators.map((i) => [i.line, i.name, i.target.kind, i.target.value, i.target.unit, i.target.fiscalYear]);

describe('isGrantKind and isGrantAmount: the 交付金の種類 and 実績額 cells', () => {
  it('reads the grant kinds of the form, full-width parentheses and numerals too', () => {
    expect(['基礎交付', '上乗せ交付', '上乗せ交付(タイプⅠ)', 'タイプⅡ', '上乗せ交付（タイプＩ）'].map(isGrantKind)).toEqual([true, true, true, true, true]);
  });
  it('is false for a KPI name or a value', () => {
    expect(['交付金の種類', '創業数', '5', '基礎'].map(isGrantKind)).toEqual([false, false, false, false]);
  });
  it('reads an amount in yen, bare or with 円, and not a small count or a value with another unit', () => {
    expect(['16,362,485', '2,673,000', '9099427', '10,000,000円'].map(isGrantAmount)).toEqual([true, true, true, true]);
    expect(['5', '100', '1,500人', '2.5'].map(isGrantAmount)).toEqual([false, false, false, false]);
  });
});

describe('a grant report with 指標値 / 単位 columns, one cell per line', () => {
  const read = rows(
    '指標値',
    '単位',
    '指標①',
    '創業数',
    '5',
    '件',
    '基礎交付 16,362,485 指標②',
    '新規事業補助採択数',
    '9',
    '件',
    '指標③',
    '創業件数',
    '14',
    '件',
    '4 漁船誘致及び原魚等確保助成事業 基礎交付 10,000,000 指標①',
    '水揚げ量(旋網一艘分)増',
    '100',
    'トン',
    '基礎交付',
    '2,100,000 指標①',
  );
  it('reads no row from the grant kind and its amount (a 基礎交付 row of 16,362,485 would be a KPI the text does not state)', () => {
    expect(read.map((r) => r[1])).not.toContain('基礎交付');
    expect(read.some((r) => r[3] === 16362485 || r[3] === 10000000 || r[3] === 2100000)).toBe(false);
  });
  it('names each KPI from its own line, without the 指標① label or the project name before the grant kind', () => {
    expect(read).toEqual([
      [4, '創業数', 'number', 5, '件', null],
      [8, '新規事業補助採択数', 'number', 9, '件', null],
      [12, '創業件数', 'number', 14, '件', null],
      [16, '水揚げ量(旋網一艘分)増', 'number', 100, 'トン', null],
    ]);
  });
});

describe('a grant report whose rows leave their 実績値 cell empty', () => {
  const read = rows(
    '指標値',
    '単位',
    '目標年月',
    '実績値',
    '事業効果',
    '1 玉東町総合戦略策定事業',
    '基礎交付',
    '2,673,000',
    '指標⑤',
    'おためし暮らし利用件',
    '数',
    '2',
    '件',
    'H28.3',
    '指標①',
    '失業者の雇用',
    '3',
    '人',
    'H28.3',
    '指標②',
    '移住希望者の雇用',
    '1',
    '人',
    'H28.3',
  );
  it('ends a row at the next 指標 label, so that the label joins no name and the amount gives no row', () => {
    expect(read).toEqual([
      [10, 'おためし暮らし利用件数', 'number', 2, '件', 2015],
      [16, '失業者の雇用', 'number', 3, '人', 2015],
      [21, '移住希望者の雇用', 'number', 1, '人', 2015],
    ]);
  });
});
