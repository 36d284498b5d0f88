/**
 * A 数値目標一覧 that lists each indicator with the page of the plan that describes it, flattened
 * onto one line (熊野市, test/gold/towns/kumano-2008.txt line 3: `掲載頁 現状値 目標値24年度
 * 目標値29年度 確認方法 … 新規就農者数 61 1人 15人 30人 …`): column words dated with no
 * parentheses, years with no era in a document that writes its era elsewhere (`(H25まで)`), an
 * interim target column, page numbers and units printed apart from their numbers.
 */
import { describe, expect, it } from 'vitest';
import { documentEra, withDocumentEra } from '../../../scripts/ingest/extract/documentEra';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { outlineLevel, readColumn, readHeader } from '../../../scripts/ingest/extract/readHeader';
import { tokenizeDocument } from '../../../scripts/ingest/extract/tokenizeDocument';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const doc = (...lines: string[]) => toSourceDoc('town.txt', lines.join('\n'), 'UTF8');

describe('readColumn: a column word and its period with no parentheses', () => {
  it('reads `目標値H31` as a target of H31', () => {
    expect(readColumn('目標値H31', false)).toEqual({ role: 'target', label: '目標値H31', period: 'H31' });
  });
  it('keeps an era-less year as written (`目標値24年度`)', () => {
    expect(readColumn('目標値24年度', false)).toEqual({ role: 'target', label: '目標値24年度', period: '24年度' });
  });
  it('reads `掲載頁` as the page column', () => {
    expect(readColumn('掲載頁', false)).toMatchObject({ role: 'page' });
  });
  it('is null for a column word before other words (`目標値の考え方`)', () => {
    expect(readColumn('目標値の考え方', false)).toBeNull();
  });
});

describe('readHeader: several dated target columns', () => {
  it('makes the last the target and the ones before it interim', () => {
    const header = readHeader(tokenizeDocument(doc('指標\t現状値\t目標値H24\t目標値H29')), 0);
    expect(header?.columns.map((c) => [c.role, c.period])).toEqual([
      ['name', null],
      ['baseline', null],
      ['interim', 'H24'],
      ['target', 'H29'],
    ]);
  });
});

describe('documentEra', () => {
  it('is the one era a document writes (`(H25まで)`)', () => {
    expect(documentEra(doc('育成者権保有期間中(H25まで)は市', '目標値24年度'))).toBe('H');
  });
  it('reads era names (`平成25年度`)', () => {
    expect(documentEra(doc('平成25年度の実績'))).toBe('H');
  });
  it('is null for a document that writes two eras, or none', () => {
    expect(documentEra(doc('H30 100人', 'R7 120人'))).toBeNull();
    expect(documentEra(doc('2019年度 100人'))).toBeNull();
  });
  it('does not read a letter inside a word or a code (`CH4`, `R&D`, `H2O`)', () => {
    expect(documentEra(doc('CH4 の削減', 'H2O', '平成25年度'))).toBe('H');
  });
  it('dates a header’s era-less columns', () => {
    const header = readHeader(tokenizeDocument(doc('指標\t現状値\t目標値24年度')), 0)!;
    expect(withDocumentEra(header, 'H').columns.map((c) => c.period)).toEqual([null, null, 'H24年度']);
  });
});

describe('a flattened table with a 掲載頁 column', () => {
  const page =
    '第1次総合計画基本計画 数値目標一覧 基本目標 基本施策 1 地域資源を活かした、 1 農林水産業の振興 1 農業 独創性のある産業が 発展するまち 掲載頁 現状値 目標値24年度 目標値29年度 確認方法 新規就農者数 61 1人 15人 30人 ' +
    '施業計画認定面積 73 11,206 ha 12,000 ha 2 林業新規就業者数 76 5人 15人 育成者権保有期間中(H25まで)は市';
  const r = extractRecords(doc(page));
  const view = r.indicators.map((i) => [i.name, i.baseline?.value ?? null, i.target.value, i.target.unit, i.target.fiscalYear]);
  it('skips the page numbers and a heading’s number after a row (`2`), joins a unit to its number, dates the era-less columns by the document’s era, and reads a row cut short up to its interim target', () => {
    expect(view).toEqual([
      ['新規就農者数', 1, 30, '人', 2017],
      ['施業計画認定面積', 11206, 12000, 'ha', 2012],
      ['林業新規就業者数', 5, 15, '人', 2012],
    ]);
  });
});

describe('outlineLevel: a 施策 column before the header on its line', () => {
  // The rows after the header make the line a flattened page, as the PDF's was.
  const rows = ' 新規就農者数 61 1人 15人 30人 関係機関等調査 随時 62 3経営体 5経営体 8経営体 関係機関等調査 随時 (財)紀和町ふるさと公社の売上高 68 41百万円 200百万円 500百万円 (財)紀和町ふるさと公社決算報告書 翌年度5月 熊野原木市場の素材取引額 70 525百万円 630百万円 750百万円 施業計画認定面積 73 11,206 ha 12,000 ha';
  const header = (text: string) => {
    const tokens = tokenizeDocument(doc(text + rows));
    return readHeader(tokens, tokens.findIndex((t) => t.text === '掲載頁'));
  };
  it('makes the rows measure-level, the letters a PDF spaced (`施 策`) read as one word', () => {
    const text = '数値目標一覧 基本目標 基本施策 1 農業 施 策 農業者の確保・育成対策 掲載頁 現状値 目標値24年度 目標値29年度 確認方法';
    expect(header(text)?.level).toBe('measure');
    const tokens = tokenizeDocument(doc(text + rows));
    expect(outlineLevel(tokens, tokens.findIndex((t) => t.text === '掲載頁'))).toBe('measure');
  });
  it('reads `基本施策` alone as such a column', () => {
    expect(header('基本目標 基本施策 掲載頁 現状値 目標値')?.level).toBe('measure');
  });
  it('is null with no such column, or when 施策 stands in a sentence before the last `。`', () => {
    expect(header('数値目標一覧 基本目標 掲載頁 現状値 目標値')?.level).toBeNull();
    expect(header('施策 の一覧です。 基本目標 掲載頁 現状値 目標値')?.level).toBeNull();
  });
  it('gives measure-level indicators under the 数値目標 block word of the title', () => {
    const r = extractRecords(doc('第1次総合計画基本計画 数値目標一覧 基本目標 基本施策 1 農業 施 策 掲載頁 現状値 目標値24年度 目標値29年度 確認方法' + rows));
    expect(r.indicators.map((i) => [i.level, i.name, i.target.value])).toEqual([
      ['measure', '新規就農者数', 30],
      ['measure', '関係機関等調査随時', 8],
      // Its 確認方法 and 確認時期 cells are taken into the next name: nothing tells them apart.
      ['measure', '関係機関等調査随時(財)紀和町ふるさと公社の売上高', 500],
      ['measure', '(財)紀和町ふるさと公社決算報告書翌年度5月熊野原木市場の素材取引額', 750],
      ['measure', '施業計画認定面積', 12000],
    ]);
  });
});
