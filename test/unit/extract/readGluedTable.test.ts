/**
 * An e-book page whose table cells came out glued (安城市, ../shared/corpus/anjo-2016.txt line 11,
 * the start copied here): header words, then name, 説明 sentence and three values per row.
 */
import { describe, expect, it } from 'vitest';
import { readGluedTable } from '../../../scripts/ingest/extract/readGluedTable';

const PAGE =
  '86第8次安城市総合計画第9章 資料編成果指標一覧分野項目指 標説  明策定時の値(2015年度)中間目標(2019年度)目標値(2023年度)' +
  '健康健康・医療P35健康であると感じている人の割合自分の健康に関心を持ち、健康的な生活を送る人が増えます。70.7%(2012年度)73%75%' +
  '1日に30分以上歩く人の割合日常生活における活動量が増え、生活習慣病の予防につながります。49.8%52%54%' +
  'スポーツP37市主催スポーツ事業参加者数(単年度)参加を通じて各々の立場に応じてスポーツに親しみ関わるようになります。87,672人(2014年度)103,000人115,000人' +
  '環境環境P391人1日あたり家庭用電気使用量(kWh)エネルギー使用量が削減されることにより、地球温暖化が抑制されます。5.56kWh(2014年度)5.48kWh5.42kWh';

describe('readGluedTable', () => {
  const table = readGluedTable(PAGE)!;
  it('finds the glued header and the periods of its columns', () => {
    expect(table.columns.map((c) => [c.role, c.period])).toEqual([
      ['name', null],
      ['name', null],
      ['text', null],
      ['baseline', '2015年度'],
      ['interim', '2019年度'],
      ['target', '2023年度'],
    ]);
    expect(table.measureColumn).toBe(true);
  });
  it('reads each row’s name before its 説明, after the 項目 cell and its page mark, with its three values', () => {
    expect(table.rows).toEqual([
      { name: '健康であると感じている人の割合', values: ['70.7%(2012年度)', '73%', '75%'] },
      { name: '1日に30分以上歩く人の割合', values: ['49.8%', '52%', '54%'] },
      { name: '市主催スポーツ事業参加者数(単年度)', values: ['87,672人(2014年度)', '103,000人', '115,000人'] },
      { name: '1人1日あたり家庭用電気使用量(kWh)', values: ['5.56kWh(2014年度)', '5.48kWh', '5.42kWh'] },
    ]);
  });
  it('finds no table in text with no glued header', () => {
    expect(readGluedTable('出生数 1,820人 (2019年度) 1,890人 (2021~2026年度平均)')).toBeNull();
  });
});
