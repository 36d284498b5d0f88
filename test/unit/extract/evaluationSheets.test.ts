/**
 * Evaluation sheets (施策評価シート, 事後検証結果) and the shapes their PDF or web text takes:
 * a double-spaced mirror (盛岡市, test/gold/towns/morioka-2017.txt), section labels (桜川市,
 * sakuragawa-2014.txt lines 143-147), a 施策名 cell (morioka, sakuragawa, seika-2011.txt), a header whose
 * year columns take two cells each (morioka lines 54-80), trailing targets of the last years
 * (sakuragawa lines 49-142, seika lines 22-75), glued 目標/実績 rows (佐渡市, sado-2009.txt lines 33-53).
 * The texts below are written in those shapes, with other names and values.
 */
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { isDoubleSpaced } from '../../../scripts/ingest/extract/doubleSpaced';
import { readGluedYearRows } from '../../../scripts/ingest/extract/readGluedYearRows';
import { readMeasureLabel } from '../../../scripts/ingest/extract/readMeasureLabel';
import { readStackedHeader, yearRole } from '../../../scripts/ingest/extract/readStackedHeader';
import { readTrailingTargets } from '../../../scripts/ingest/extract/readTrailingTargets';
import { readUnitNames } from '../../../scripts/ingest/extract/readUnitNames';
import { isSectionLabel } from '../../../scripts/ingest/extract/sectionLabel';
import { tokenizeDocument } from '../../../scripts/ingest/extract/tokenizeDocument';
import { yearCells } from '../../../scripts/ingest/extract/yearCells';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const doc = (...lines: string[]) => toSourceDoc('town.txt', lines.join('\n'), 'UTF8');
/** Lines with a blank line after each, as a mirror prints them. */
const spaced = (...lines: string[]) => doc(...lines.flatMap((l) => [l, '']));

describe('isDoubleSpaced', () => {
  it('is true where a blank line follows every line of text', () => {
    expect(isDoubleSpaced(spaced('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'))).toBe(true);
  });
  it('is false where lines follow each other, and on a page too short to tell', () => {
    expect(isDoubleSpaced(doc('a', 'b', '', 'c', 'd', 'e', 'f', 'g', 'h', 'i'))).toBe(false);
    expect(isDoubleSpaced(spaced('a', 'b', 'c'))).toBe(false);
  });
  it('makes blank lines separate nothing for the tokens', () => {
    const tokens = tokenizeDocument(spaced('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'));
    expect(tokens.some((t) => t.blankBefore)).toBe(false);
    expect(tokenizeDocument(doc('a', '', 'b'))[1]!.blankBefore).toBe(true);
  });
});

describe('isSectionLabel', () => {
  it('reads the labels of a sheet’s explanations', () => {
    expect(isSectionLabel('成果指標設定の考え方')).toBe(true);
    expect(isSectionLabel('成果指標の把握方法と')).toBe(true);
    expect(isSectionLabel('算定式等')).toBe(true);
  });
  it('leaves a header cell that is the word alone, a name and a sentence', () => {
    expect(isSectionLabel('確認方法')).toBe(false);
    expect(isSectionLabel('観光客入り込み客数')).toBe(false);
    expect(isSectionLabel('成果指標の設定の考え方は次のとおりとし、毎年度の実績を把握する方法を定めた。')).toBe(false);
  });
});

describe('readMeasureLabel', () => {
  it('reads the title after 施策名 on its line, or on the next line when the label stands alone', () => {
    const inline = tokenizeDocument(doc('施策コード 12 施策名 地域交通の確保'));
    expect(readMeasureLabel(inline, inline.findIndex((t) => t.text === '施策名'))).toMatchObject({ title: '地域交通の確保', line: 1 });
    const alone = tokenizeDocument(doc('施策名', '子育て支援の充実'));
    expect(readMeasureLabel(alone, 0)).toMatchObject({ title: '子育て支援の充実', line: 2 });
  });
  it('does not read a longer label', () => {
    const tokens = tokenizeDocument(doc('小施策名 公園の整備'));
    expect(readMeasureLabel(tokens, 0)).toBeNull();
  });
});

describe('readStackedHeader', () => {
  const sheet = spaced(
    '施策名 道路網の整備',
    'まちづくり指標',
    '目指す',
    '方向',
    '単位',
    '26年度',
    '実績 (当初値)',
    '28年度',
    '実績',
    '32年度',
    '目標値',
    '37年度',
    '目標値',
    '歩道整備率',
    '↑ % 41.0 43.5 48.0 55.0',
    '橋 り ょう の 長 寿 命',
    '化 実施率',
    '↑ % 12.0 20.0 35.0 60.0',
    '(↑:数値を上げていくことを目標とする指標,↓:数値を下げていくことを目標とする指標)',
  );
  it('gives each year its role from the cell under it, the first actual named 当初値 the baseline', () => {
    expect(yearRole('実績 (当初値)')).toBe('baseline');
    expect(yearRole('目標値')).toBe('target');
    expect(yearRole('方向')).toBeNull();
    const tokens = tokenizeDocument(sheet);
    const header = readStackedHeader(tokens, tokens.findIndex((t) => t.text === 'まちづくり指標'))!;
    expect(header.columns.map((c) => c.role)).toEqual(['name', 'direction', 'unit', 'baseline', 'actual', 'interim', 'target']);
    expect(header.columns.map((c) => c.period)).toEqual([null, null, null, '26年度', '28年度', '32年度', '37年度']);
  });
  it('reads each name and its row of arrow, unit and values; the last target year is the plan’s, the legend no indicator', () => {
    const { indicators } = extractRecords(sheet);
    expect(indicators.map((i) => [i.name.replace(/\s/g, ''), i.level, i.baseline?.value, i.baseline?.fiscalYear, i.target.value, i.target.fiscalYear])).toEqual([
      ['歩道整備率', 'measure', 41, null, 55, null],
      ['橋りょうの長寿命化実施率', 'measure', 12, null, 60, null],
    ]);
    expect(indicators[0]!.actuals?.map((a) => a.value)).toEqual([43.5]);
  });
  it('reads no indicator from a legend of the marks under a heading', () => {
    const page = spaced('施策目標の達成状況', '(↑:数値を上げていくことを目標とする指標,↓:数値を下げていくことを目標とする指標,→:数値を維持することを目標とする指標)', '28年度に追加した指標。');
    expect(extractRecords(page).indicators).toEqual([]);
  });
  it('needs two year columns with a target', () => {
    const tokens = tokenizeDocument(spaced('まちづくり指標', '単位', '26年度', '実績', '歩道整備率'));
    expect(readStackedHeader(tokens, 0)).toBeNull();
  });
});

describe('readUnitNames', () => {
  it('reads circled names with their unit cells, a name wrapped or after its number on a line of its own', () => {
    const list = readUnitNames(doc('①図書館入館者数', '人', '②', '市民講座受講', '者数', '人', '③', '④'), 1);
    expect(list).toEqual({ names: [{ name: '図書館入館者数', line: 1, unit: '人' }, { name: '市民講座受講者数', line: 4, unit: '人' }], end: 6 });
  });
  it('needs a unit after each name', () => {
    expect(readUnitNames(doc('①管内の人口', '区分', '②図書館入館者数', '人'), 1)).toBeNull();
  });
});

describe('yearCells', () => {
  it('reads a line of year labels, each without its qualifier', () => {
    expect(yearCells('H19(実績) H20(実績) H21(試算)')).toEqual(['H19', 'H20', 'H21']);
    expect(yearCells('22年度')).toEqual(['22年度']);
    expect(yearCells('22年度 目標値')).toEqual([]);
  });
});

describe('readTrailingTargets', () => {
  it('gives each name its group of the last values, rows labelled 目標/実績 taking as many as the first', () => {
    // Three years: two in the rows, the last one's values after them.
    const sheet = doc('①', '図書館入館者数', '人', '②', '講座受講者数', '人', 'H25(実績) H26(実績) H27(試算)', '目標', '900', '950', '実績', '880', '940', '目標', '40', '45', '実績', '38', '47', '1,000', '50', '目標', '実績', '2.<成果と課題>', '利用者は増えた。');
    expect(readTrailingTargets(sheet, 1)?.rows.map((r) => [r.name, r.line, r.target])).toEqual([
      ['図書館入館者数', 2, '1,000人(H27)'],
      ['講座受講者数', 5, '50人(H27)'],
    ]);
  });
  it('reads year-major pairs and the last years grouped by row, up to a section label', () => {
    const sheet = doc('①図書館入館者数', '人', '②講座受講者数', '人', '24年度', '900', '880', '40', '38', '25年度', '26年度', '27年度', '950', '1,000', '45', '50', '成果指標設定の考え方');
    expect(readTrailingTargets(sheet, 1)?.rows.map((r) => r.target)).toEqual(['1,000人(27年度)', '50人(27年度)']);
  });
  it('reads nothing when the last values do not divide among the names', () => {
    const sheet = doc('①図書館入館者数', '人', '②講座受講者数', '人', '24年度', '25年度', '900', '880', '40', '成果指標設定の考え方');
    expect(readTrailingTargets(sheet, 1)).toBeNull();
  });
  it('reads nothing when the groups would take every year (nothing says the last years came apart)', () => {
    const sheet = doc('①図書館入館者数', '人', '②講座受講者数', '人', '24年度', '25年度', '900', '950', '40', '45', '成果指標設定の考え方');
    expect(readTrailingTargets(sheet, 1)).toBeNull();
  });
  it('opens the measure the sheet names, makes its numbered sections no goals, dates an era-less year by the sheet’s era', () => {
    const sheet = doc('平成25年度 施策評価シート', '施策名', '生涯学習の推進', '1.<指標の設定>', '①図書館入館者数', '人', '②講座受講者数', '人', '24年度', '900', '880', '40', '38', '25年度', '26年度', '950', '45', '2.<成果と課題>');
    const result = extractRecords(sheet);
    expect(result.goals).toEqual([]);
    expect(result.indicators.map((i) => [i.name, i.level, i.measureKey, i.target.value, i.target.fiscalYear])).toEqual([
      ['図書館入館者数', 'measure', 'm-3', 950, 2014],
      ['講座受講者数', 'measure', 'm-3', 45, 2014],
    ]);
  });
});

describe('readGluedYearRows', () => {
  const page = doc('公共交通の充実', '', '成果指標デマンドバスの利用者数', '', '自己評価', '', 'A', '', '平成(年度)252627', '目標100人200人300人', '実績90人210人330人', '目標と実績の', '比較');
  it('splits the glued years and values on their unit: the target is the 目標 row’s last, the 実績 row the actuals', () => {
    expect(readGluedYearRows(page, 3)).toEqual({
      name: 'デマンドバスの利用者数',
      line: 3,
      target: '300人(平成27年度)',
      actuals: [
        { text: '90人(平成25年度)', line: 11 },
        { text: '210人(平成26年度)', line: 11 },
        { text: '330人(平成27年度)', line: 11 },
      ],
      end: 11,
    });
  });
  it('reads glued years only when they are as many as the values', () => {
    expect(readGluedYearRows(doc('活動指標乗降者数', '平成(年度)2526', '目標100人200人300人'), 1)).toBeNull();
  });
  it('gives the indicator the measure of the action heading above it', () => {
    const { indicators, measures } = extractRecords(page);
    expect(measures.map((m) => m.title)).toEqual(['公共交通の充実']);
    expect(indicators.map((i) => [i.name, i.level, i.target.value, i.target.fiscalYear, i.actuals?.map((a) => a.value)])).toEqual([
      ['デマンドバスの利用者数', 'measure', 300, 2015, [90, 210, 330]],
    ]);
  });
});
