/**
 * A results report whose value columns each print the indicator's name again before its value,
 * flattened onto one line by a PDF converter (大崎町, test/gold/towns/osaki-2016.txt line 3; parts
 * copied here): `KPI(平成 32 年3月まで) KPI(平成 27 年度) 達成率`, then rows such as
 * `就業相談者数 100 人 就業相談者数 0 人 0.0%` with words of the 施策 and 取組 columns between them.
 */
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { readRepeatedNames } from '../../../scripts/ingest/extract/readRepeatedNames';
import { tokenizeDocument } from '../../../scripts/ingest/extract/tokenizeDocument';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const HEADER = '具体的な施策 具体的な取組み KPI(平成 32 年3月まで) KPI(平成 27 年度) 達成率';
const ROWS = [
  '新しい雇用の創出,若者の職 町出身者及び町内在住者の就職 合同企業説明会参加者延べ人数 合同企業説明会参加者延べ人数 場定着支援 活動に対する支援 300 人 32 人',
  '鹿児島労働局等の専門機関と連 就業相談者数 100 人 就業相談者数 0 人 0.0%',
  'UIJ ターン希望者を対象とした UIJ ターン希望者相談者数 20 UIJ ターン希望者相談者数 0 人 0.0% 求人情報の発信 人',
  '新規農業生産法人数5件 新規農業生産法人数1件 20.0%',
  '“おおさき”の農畜産物の情報 学校給食等における地場産物利 学校給食等における地場産物利 発信と地産地消の推進 用割合 30%以上 用割合 30%以上',
  '地産地消の実践割合 80%以上 地産地消の実践割合 75%以上 93.8% 6次産業化着手農業経営者数 6次産業化着',
].join(' ');

const tokensOf = (text: string) => tokenizeDocument(toSourceDoc('report.txt', text, 'UTF8'));

describe('readRepeatedNames', () => {
  describe('a header of two KPI columns told apart by their periods, with a 達成率 column', () => {
    const tokens = tokensOf(`${HEADER} ${ROWS}`);
    const start = tokens.findIndex((t) => t.text.startsWith('KPI('));
    const table = readRepeatedNames(tokens, start, tokens.length)!;
    it('takes the later period (平成32年3月まで) as the target and the earlier (平成27年度) as the actual the rate compares', () => {
      expect(table.header.columns.map((c) => [c.role, c.period])).toEqual([
        ['target', '平成32年3月まで'],
        ['actual', '平成27年度'],
      ]);
    });
    it('reads a row wherever its name is printed twice, passing over the other columns’ words', () => {
      expect(table.rows.map((r) => [r.name.map((t) => t.text).join(''), ...r.values.map((t) => t.text)])).toEqual([
        ['合同企業説明会参加者延べ人数', '300人', '32人'],
        ['就業相談者数', '100人', '0人'],
        // The target's unit 人 was moved further along the line: the actual's unit stands for it.
        ['UIJターン希望者相談者数', '20人', '0人'],
        // Name and value glued together.
        ['新規農業生産法人数', '5件', '1件'],
        // A name cut at its cells' line end goes on in the pair that follows.
        ['学校給食等における地場産物利用割合', '30%以上', '30%以上'],
        ['地産地消の実践割合', '80%以上', '75%以上'],
      ]);
    });
  });
  describe('a header that names the indicator before each value column (`名称 目標 名称 実績 達成率`)', () => {
    const tokens = tokensOf(`名称 目標 名称 実績 達成率 ${'移住相談件数 100 件 移住相談件数 45 件 45.0% 空き家バンク登録件数 30 空き家バンク登録件数 12 件 40.0% '.repeat(2)}`);
    const table = readRepeatedNames(tokens, 0, tokens.length)!;
    it('keeps the roles its words state', () => {
      expect(table.header.columns.map((c) => c.role)).toEqual(['target', 'actual']);
    });
    it('reads each row with the rate after it passed over', () => {
      expect(table.rows.slice(0, 2).map((r) => [r.name.map((t) => t.text).join(''), ...r.values.map((t) => t.text)])).toEqual([
        ['移住相談件数', '100件', '45件'],
        ['空き家バンク登録件数', '30件', '12件'],
      ]);
    });
  });
  describe('no such table', () => {
    it('is null for a header whose two value columns have different words and rows that do not repeat their names', () => {
      const tokens = tokensOf('現状値(H26) 目標値(H31) 出生数 150人 160人 転入者数 300人 320人');
      expect(readRepeatedNames(tokens, 0, tokens.length)).toBeNull();
    });
    it('is null for two columns of one word and one period', () => {
      const tokens = tokensOf('KPI(H27) KPI(H27) 出生数 150人 出生数 160人 転入者数 300人 転入者数 320人');
      expect(readRepeatedNames(tokens, 0, tokens.length)).toBeNull();
    });
  });
  describe('on a flattened page under a goal and a KPI heading', () => {
    const page = `〈基本目標①〉まちに安定した雇用をつくる 《具体的な取組み内容と事業名及び事業ごとの重要業績評価指標(KPI)》 ${HEADER} ${ROWS}`;
    const r = extractRecords(toSourceDoc('report.txt', page, 'UTF8'));
    it('gives measure-level indicators of the goal with the target year of March 2020 (FY2019) and the FY2015 actual', () => {
      expect(r.indicators.slice(0, 2).map((i) => [i.level, i.goalKey, i.name, i.baseline, i.target.value, i.target.unit, i.target.fiscalYear, i.actuals?.map((a) => [a.value, a.fiscalYear])])).toEqual([
        ['measure', 'basic-1', '合同企業説明会参加者延べ人数', null, 300, '人', 2019, [[32, 2015]]],
        ['measure', 'basic-1', '就業相談者数', null, 100, '人', 2019, [[0, 2015]]],
      ]);
      expect(r.indicators).toHaveLength(6);
    });
  });
});
