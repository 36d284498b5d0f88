import { describe, expect, it } from 'vitest';
import { measureBlocks, readKpiCells } from '../../../scripts/ingest/layouts/measureBlocks';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

/** Lines 226–270 of 003 (芦別市), blank lines kept as in the source. */
const BLOCK = [
  '・基本目標４ 時代に合った地域をつくり、安心な暮らしを守るとともに、地域と地 ',
  '',
  '域を連携する ',
  '',
  '⑵具体的な施策と重要業績評価指標（ＫＰＩ）【総合戦略７８頁】 ',
  '',
  '具体的な施策 基準値（R4） ＫＰＩ（R6） ',
  '',
  '①公共施設窓口業務のデジタル化の推進 ',
  '',
  'マイナンバーカード等から申請者情報を読み',
  '',
  '便性や市民サービスの向上を図ります。 ',
  '',
  '諸証明発行総',
  '',
  '数に対するコ',
  '',
  'ンビニ交付利',
  '',
  '用率 ',
  '',
  '０％ ',
  '',
  '諸証明発行総',
  '',
  '数に対するコ',
  '',
  'ンビニ交付利',
  '',
  '用率 ',
  '',
  '２０％ ',
  '',
  '※ ＫＰＩの基準値については、新たに追加する施策のため、令和４年度実績は諸証',
].join('\n');

describe('measureBlocks', () => {
  const result = measureBlocks.read(toSourceDoc('seeds/003.txt', BLOCK, 'UTF8'), { periodStart: 2020, periodEnd: 2024 });
  it('joins a goal title wrapped over a blank line', () => {
    expect(result.goals.map((g) => g.title)).toEqual(['時代に合った地域をつくり、安心な暮らしを守るとともに、地域と地域を連携する']);
  });
  it('reads name / baseline / repeated name / target cells with the header years', () => {
    expect(result.indicators).toHaveLength(1);
    const kpi = result.indicators[0]!;
    expect([kpi.name, kpi.baseline?.value, kpi.baseline?.fiscalYear, kpi.target.value, kpi.target.fiscalYear, kpi.target.unit]).toEqual([
      '諸証明発行総数に対するコンビニ交付利用率',
      0,
      2022,
      20,
      2024,
      '%',
    ]);
    expect([kpi.line, kpi.lineEnd]).toEqual([15, 33]);
  });
});

describe('readKpiCells', () => {
  const cells = (...texts: string[]) => texts.map((text, i) => ({ n: i + 1, raw: text, text }));
  it('reads a span target over two lines (003:156–162)', () => {
    expect(readKpiCells(cells('助成件数', '50件', '5年間で', '250件'), 'x')).toEqual({ name: '助成件数', baseline: '50件', target: '5年間で250件' });
  });
  it('names a KPI after its measure when no name is given (003:392–396)', () => {
    expect(readKpiCells(cells('未策定 2024年度(令', '和6年度)中の', '計画策定'), 'ゼロカーボンシティの推進')).toEqual({
      name: 'ゼロカーボンシティの推進',
      baseline: '未策定',
      target: '2024年度(令和6年度)中の計画策定',
    });
  });
});
