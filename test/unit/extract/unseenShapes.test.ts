/**
 * Shapes of KPI text that no seed or corpus passage has, written here by hand as other towns'
 * pages print them: the extractor must read them with the same vocabulary and no new rule.
 */
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const extract = (...lines: string[]) => extractRecords(toSourceDoc('town.txt', lines.join('\n'), 'UTF8'));
const view = (r: ReturnType<typeof extract>) =>
  r.indicators.map((i) => [i.line, i.level, i.goalKey, i.name, i.baseline?.value ?? null, i.baseline?.fiscalYear ?? null, i.target.kind, i.target.value, i.target.unit, i.target.fiscalYear]);

describe('a pipe table (a web page converted to Markdown)', () => {
  const r = extract(
    '基本目標1 しごとをつくる',
    '',
    '| 指標名 | 現状値(R4) | 目標値(R9) |',
    '|---|---:|---:|',
    '| 新規就農者数 | 5人 | 10人 |',
    '| 製造品出荷額 | 820億円 | 900億円 |',
  );
  it('reads one indicator per row, dated by the header, under the goal', () => {
    expect(view(r)).toEqual([
      [5, 'goal', 'basic-1', '新規就農者数', 5, 2022, 'number', 10, '人', 2027],
      [6, 'goal', 'basic-1', '製造品出荷額', 820, 2022, 'number', 900, '億円', 2027],
    ]);
  });
});

describe('a space-separated table with 現状 / 目標 and their years in parentheses', () => {
  const r = extract('【基本目標２】移住・定住を促進する', '重要業績評価指標（ＫＰＩ）', '指標 現状（R1） 目標（R7）', '移住相談件数 45件 100件', '空き家バンク成約件数 3件 15件');
  it('reads full-width headings and the measure-level block', () => {
    expect(view(r)).toEqual([
      [4, 'measure', 'basic-2', '移住相談件数', 45, 2019, 'number', 100, '件', 2025],
      [5, 'measure', 'basic-2', '空き家バンク成約件数', 3, 2019, 'number', 15, '件', 2025],
    ]);
  });
});

describe('statements with 現状値 and 目標値 words and no arrow', () => {
  const r = extract('基本目標3 結婚・出産・子育ての希望をかなえる', '■数値目標', '・合計特殊出生率 現状値1.38(H30) 目標値1.50(R6)', '・待機児童数 現状値12人(R1) 目標値0人(R6)');
  it('reads each bullet as a statement with its own years', () => {
    expect(view(r)).toEqual([
      [3, 'goal', 'basic-3', '合計特殊出生率', 1.38, 2018, 'number', 1.5, '', 2024],
      [4, 'goal', 'basic-3', '待機児童数', 12, 2019, 'number', 0, '人', 2024],
    ]);
  });
});

describe('plain headings above statements (a 広報 page: no labels, a heading per aim)', () => {
  const r = extract(
    '子どもを生み育てやすいまちになる',
    '●出生数=310人→330人',
    '',
    '子育て相談体制の充実',
    '●子育て相談件数=420件→600件',
    '',
    '基本目標2 しごとをつくる',
    '',
    '若者の地元就職',
    '●市内就職率=38%→45%',
  );
  it('an outcome heads a goal; an action (…の充実), or any heading under a labelled goal, heads a measure', () => {
    expect(r.goals.map((g) => [g.line, g.number, g.title])).toEqual([
      [1, null, '子どもを生み育てやすいまちになる'],
      [7, 2, 'しごとをつくる'],
    ]);
    expect(r.measures.map((m) => [m.line, m.goalKey, m.title])).toEqual([
      [4, 'basic', '子育て相談体制の充実'],
      [9, 'basic-2', '若者の地元就職'],
    ]);
    expect(r.indicators.map((i) => [i.line, i.level, i.goalKey, i.name, i.target.value])).toEqual([
      [2, 'goal', 'basic', '出生数', 330],
      [5, 'measure', 'basic', '子育て相談件数', 600],
      [10, 'measure', 'basic-2', '市内就職率', 45],
    ]);
  });
});

describe('goals numbered `1.` with no goal word, `(1)` measures and `①` statements (a strategy copied onto a blog)', () => {
  const r = extract(
    '1.農業と漁業で稼ぐまちづくり',
    '漁業生産額:12億円 → 15億円',
    '(1)担い手の確保',
    '① 新規就農者数:2人/年 → 5人/年',
    '② 新規就漁者数: ― → 3人/年',
    '(2)特産品の開発',
    '① 商品開発数:1件/年 → 3件/年',
    '2.人が集うまちづくり',
    '転入者数:520人 → 600人',
  );
  it('reads 1. and 2. as goals, (1) and (2) as their measures, and the ① items as statements whose names drop the marker', () => {
    expect(r.goals.map((g) => [g.line, g.number, g.title])).toEqual([
      [1, 1, '農業と漁業で稼ぐまちづくり'],
      [8, 2, '人が集うまちづくり'],
    ]);
    expect(r.measures.map((m) => [m.line, m.goalKey, m.label, m.title])).toEqual([
      [3, 'basic-1', '(1)', '担い手の確保'],
      [6, 'basic-1', '(2)', '特産品の開発'],
    ]);
    expect(view(r)).toEqual([
      [2, 'goal', 'basic-1', '漁業生産額', 12, null, 'number', 15, '億円', null],
      [4, 'measure', 'basic-1', '新規就農者数', 2, null, 'number', 5, '人/年', null],
      [5, 'measure', 'basic-1', '新規就漁者数', null, null, 'number', 3, '人/年', null],
      [7, 'measure', 'basic-1', '商品開発数', 1, null, 'number', 3, '件/年', null],
      [9, 'goal', 'basic-2', '転入者数', 520, null, 'number', 600, '人', null],
    ]);
  });
  it('reads `1.` as a measure in a document whose goals have a goal word', () => {
    const worded = extract('基本目標1 しごとをつくる', '1.農業の振興', '新規就農者数:2人 → 5人');
    expect(worded.goals.map((g) => g.key)).toEqual(['basic-1']);
    expect(worded.measures.map((m) => [m.label, m.title])).toEqual([['1.', '農業の振興']]);
  });
});

describe('`①名称:X→Y` statements one after another on a flattened page, under a goal numbered in Roman numerals', () => {
  const page =
    '令和元年度 総合戦略の検証 本市では基本目標ごとに数値目標を掲げ、その達成状況を毎年度確認しています。 基本目標Ⅱ 新しいひとの流れをつくる ' +
    '①転入者数: 2,410 人(平成 30 年)→2,600 人(令和 6 年) ②観光入込客数:85万人(平成 30 年)→95万人(令和 6 年) ' +
    '20 歳～39 歳の転出超過数: 310 人(平成 30 年)→150 人(令和 6 年) 表中の数値は住民基本台帳によります。';
  const r = extract(page);
  it('reads each statement (one without its marker after the one before), under 基本目標Ⅱ', () => {
    expect(r.goals.map((g) => [g.number, g.title])).toEqual([[2, '新しいひとの流れをつくる']]);
    expect(view(r)).toEqual([
      [1, 'goal', 'basic-2', '転入者数', 2410, 2018, 'number', 2600, '人', 2024],
      [1, 'goal', 'basic-2', '観光入込客数', 85, 2018, 'number', 95, '万人', 2024],
      [1, 'goal', 'basic-2', '20歳～39歳の転出超過数', 310, 2018, 'number', 150, '人', 2024],
    ]);
  });
});

describe('a name and its two values printed one cell per line, the header on another page', () => {
  const r = extract('子育て環境の', '充実度', '', '保育所の待機児童数', '', '12人', '', '(R1)', '', '0人', '', '(R7)', '', 'つつじバス年間利用者数', '18.8 万人(2014 年)', '20 万人', '', '交通体系の確保', '1', '2');
  it('reads baseline and target, each with the period on the line below it; bare numbers with no unit or period are no values', () => {
    expect(view(r)).toEqual([
      [4, 'goal', null, '保育所の待機児童数', 12, 2019, 'number', 0, '人', 2025],
      [14, 'goal', null, 'つつじバス年間利用者数', 18.8, 2014, 'number', 20, '万人', null],
    ]);
  });
});

describe('a flattened table whose values come right after its header and the names after them, units in the names', () => {
  const page =
    '総合戦略の検証 基本目標ごとの目標指標の実績は次のとおりです。計画期間の5年間を対象とします。 目標指標 基準値(H26) 実績値(H27) 目標値(H31) ' +
    '4 7 15 延べ 3 延べ 9 延べ 20 新規就農者数(人) 企業誘致件数(件) 有害鳥獣による被害額(千円) 現状値(H26) 18,400 実績 改善 目標値(H31) 15,000 取組を強化します。';
  const r = extract(page);
  it('gives the rows their names in order, each value the unit in its name; a labelled row (現状値 18,400 実績 …) is no table printed by columns', () => {
    expect(view(r)).toEqual([
      [1, 'goal', null, '新規就農者数(人)', 4, 2014, 'number', 15, '人', 2019],
      [1, 'goal', null, '企業誘致件数(件)', 3, 2014, 'number', 20, '件', 2019],
    ]);
  });
});

describe('a pipe table headed `KPI | 現状値 | 目標値`, each cell with its own year', () => {
  const r = extract('基本目標1 しごとをつくる', '| KPI | 現状値 | 目標値 |', '| 認定農業者数 | 45経営体（R1） | 50経営体（R7） |');
  it('reads KPI as the name column: the baseline is the 現状値 cell, the target the 目標値 cell', () => {
    expect(view(r)).toEqual([[3, 'measure', 'basic-1', '認定農業者数', 45, 2019, 'number', 50, '経営体', 2025]]);
  });
});

describe('arrow statements with no colon: the name, then the baseline, then the target', () => {
  const r = extract(
    '基本目標2 新しいひとの流れをつくる',
    '【数値目標】',
    '・転入者数　年間320人（令和元年）→ 年間350人（令和7年）',
    '・観光入込客数 45万人(R1)→50万人(R7)',
    '・65歳以上の就業率 → 50%',
  );
  it('takes the value the name ends with as the baseline, and a name with no value whole', () => {
    expect(view(r)).toEqual([
      [3, 'goal', 'basic-2', '転入者数', 320, 2019, 'number', 350, '人', 2025],
      [4, 'goal', 'basic-2', '観光入込客数', 45, 2019, 'number', 50, '万人', 2025],
      [5, 'goal', 'basic-2', '65歳以上の就業率', null, null, 'number', 50, '%', null],
    ]);
  });
  it('reads 年間 as a yearly amount', () => {
    expect(r.indicators[0]!.target.basis).toBe('per-year');
  });
});

describe('a statement whose 現状値 and 目標値 are separated by a comma', () => {
  const r = extract('基本目標2 移住', '（１）移住・定住の促進', '【KPI】', '移住相談件数：現状値 25件（R1年度）、目標値 40件（R7年度）');
  it('reads the baseline without the comma, under the measure', () => {
    expect(view(r)).toEqual([[4, 'measure', 'basic-2', '移住相談件数', 25, 2019, 'number', 40, '件', 2025]]);
    expect(r.indicators[0]!.baseline?.note ?? null).toBeNull();
  });
});

describe('statements behind decorations: a ◇ bullet, a bracketed block word, 現状値 → 目標値 with a state', () => {
  const r = extract(
    '基本目標1 しごとをつくる',
    '◆重要業績評価指標（KPI）',
    '◇新規創業者数　現状値　5件（H30）　目標値　20件（R6）',
    '【数値目標】転入者数：300人（R1）→350人（R6）',
    '人口の社会増減　現状値 △120人（R1） → 目標値 均衡（R7）',
  );
  it('reads the ◇ line as a statement, not a heading, and the bracketed word as the level of its statement', () => {
    expect(view(r)).toEqual([
      [3, 'measure', 'basic-1', '新規創業者数', 5, 2018, 'number', 20, '件', 2024],
      [4, 'goal', 'basic-1', '転入者数', 300, 2019, 'number', 350, '人', 2024],
      [5, 'goal', 'basic-1', '人口の社会増減', -120, 2019, 'zero-balance', null, '', 2025],
    ]);
  });
});

describe('a name and a phrase of its target on the line right under each goal heading (a town page)', () => {
  const r = extract(
    '【基本目標1:しごとをつくるまち】',
    '新規就農者 毎年5人の確保(将来は10人)',
    '【基本目標2:ひとが集うまち】',
    '観光入込客数 年間50万人の確保',
    '(町独自の調査を含む)',
    '主な取組',
    '脱炭素社会に向けた取組の推進 自治体DXの推進とSociety5.0への対応',
  );
  it('reads each phrase as the goal target, yearly, and nothing from lines under other headings', () => {
    expect(view(r)).toEqual([
      [2, 'goal', 'basic-1', '新規就農者', null, null, 'number', 5, '人', null],
      [4, 'goal', 'basic-2', '観光入込客数', null, null, 'number', 50, '万人', null],
    ]);
    expect(r.indicators.map((i) => i.target.basis)).toEqual(['per-year', 'per-year']);
  });
});

describe('tables whose years stand in columns of their own or alone in the header', () => {
  it('dates baseline and target by 基準年度 and 目標年度 columns', () => {
    const r = extract('基本目標1 しごと', '数値目標', '指標\t基準値\t基準年度\t目標値\t目標年度', '新規就農者数\t3人\tH26\t15人\tH31');
    expect(view(r)).toEqual([[4, 'goal', 'basic-1', '新規就農者数', 3, 2014, 'number', 15, '人', 2019]]);
  });
  it('reads the last of the header years as the target when no column says 目標, with a one-character unit column', () => {
    const r = extract('基本目標1 しごと', 'KPI', '指標名 単位 H26 H31', '新規就農者数 人 3 15', '観光客数 万人 40 50');
    expect(view(r)).toEqual([
      [4, 'measure', 'basic-1', '新規就農者数', 3, 2014, 'number', 15, '人', 2019],
      [5, 'measure', 'basic-1', '観光客数', 40, 2014, 'number', 50, '万人', 2019],
    ]);
  });
});
