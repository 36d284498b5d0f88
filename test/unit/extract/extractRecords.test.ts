import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const extract = (...lines: string[]) => extractRecords(toSourceDoc('doc.txt', lines.join('\n'), 'UTF8'));

describe('extractRecords', () => {
  describe('plain statements under a goal', () => {
    const r = extract('基本目標1 しごとをつくる', '新規雇用者数 ⇒ 現状値(H30)100人 目標数値 200人', '観光客数：1万人(R1)→2万人(R7)');
    it('reads the goal with its title', () => {
      expect(r.goals).toHaveLength(1);
      expect(r.goals[0]).toMatchObject({ key: 'basic-1', kind: 'basic', number: 1, label: '基本目標1', title: 'しごとをつくる', line: 1 });
    });
    it('reads two goal-level indicators', () => {
      expect(r.indicators.map((i) => [i.name, i.level, i.goalKey, i.measureKey])).toEqual([
        ['新規雇用者数', 'goal', 'basic-1', null],
        ['観光客数', 'goal', 'basic-1', null],
      ]);
    });
    it('reads `⇒ 現状値(H30)100人 目標数値 200人`', () => {
      expect(r.indicators[0]?.baseline).toMatchObject({ value: 100, unit: '人', period: 'H30' });
      expect(r.indicators[0]?.target).toMatchObject({ kind: 'number', value: 200, unit: '人' });
    });
    it('reads `：1万人(R1)→2万人(R7)`', () => {
      expect(r.indicators[1]?.baseline).toMatchObject({ value: 1, unit: '万人', period: 'R1' });
      expect(r.indicators[1]?.target).toMatchObject({ kind: 'number', value: 2, unit: '万人', period: 'R7' });
    });
    it('marks the lines of every record consumed: the goal heading and both statements', () => {
      expect([...r.consumed].sort()).toEqual([1, 2, 3]);
    });
  });

  describe('a 数値目標 block, then a measure with a KPI block (001)', () => {
    const r = extract(
      '基本目標1 しごとをつくる',
      '■ 数値目標',
      '住民基本台帳人口 現状値(H30) 46,302人 目標値 44,200人',
      '重要業績評価指標(KPI)',
      '(1) 地域産業の振興',
      '・観光入込客数\t⇒\t現状値 (H30)\t76 万人\t目標数値\t90 万人',
    );
    it('opens the measure under the goal', () => {
      expect(r.measures).toHaveLength(1);
      expect(r.measures[0]).toMatchObject({ goalKey: 'basic-1', label: '(1)', title: '地域産業の振興', line: 5 });
    });
    it('reads the 数値目標 statement at goal level', () => {
      expect(r.indicators[0]).toMatchObject({ name: '住民基本台帳人口', level: 'goal', goalKey: 'basic-1', measureKey: null, line: 3 });
    });
    it('reads the KPI statement at measure level with the measure key', () => {
      expect(r.indicators[1]).toMatchObject({ name: '観光入込客数', level: 'measure', goalKey: 'basic-1', measureKey: r.measures[0]!.key, line: 6 });
      expect(r.indicators[1]?.baseline).toMatchObject({ value: 76, unit: '万人', period: 'H30' });
      expect(r.indicators[1]?.target).toMatchObject({ value: 90, unit: '万人' });
    });
  });

  describe('a KPI bullet list right under a block word (nagi)', () => {
    const r = extract('基本目標1 しごとをつくる', '数値目標', '・令和11(2029)年度までの合計特殊出生率2.30の維持', '・UIJターン数(350人/年)');
    it('reads one goal-level indicator per phrase', () => {
      expect(r.indicators.map((i) => [i.name, i.level, i.line])).toEqual([
        ['合計特殊出生率', 'goal', 3],
        ['UIJターン数', 'goal', 4],
      ]);
      expect(r.indicators[0]?.target).toMatchObject({ kind: 'maintain', value: 2.3 });
    });
  });

  describe('a TAB table (004)', () => {
    const r = extract(
      '基本目標1 子育ての希望をかなえる',
      '■ 成果指標',
      '',
      'No.\t指標\t現状値（R1年度）\t目標値（R7年度）',
      '1\t子育て環境の充実度\t64.1%\t65%',
      '2\t出生数\t1,200人(H30)\t1,300人',
    );
    it('reads one indicator per row, named without its number', () => {
      expect(r.indicators.map((i) => [i.name, i.goalKey, i.line])).toEqual([
        ['子育て環境の充実度', 'basic-1', 5],
        ['出生数', 'basic-1', 6],
      ]);
    });
    it('dates the values with the column periods', () => {
      expect(r.indicators[0]?.baseline).toMatchObject({ value: 64.1, unit: '%', period: 'R1年度' });
      expect(r.indicators[0]?.target).toMatchObject({ value: 65, unit: '%', period: 'R7年度' });
    });
    it("prefers a cell's own period over the column's", () => {
      expect(r.indicators[1]?.baseline).toMatchObject({ value: 1200, period: 'H30' });
      expect(r.indicators[1]?.target).toMatchObject({ value: 1300, period: 'R7年度' });
    });
  });

  describe('actual columns', () => {
    const r = extract(
      '基本目標1 しごとをつくる',
      '指標\t基準値(H26)\t目標値(R1)\t実績値(R1)\t達成状況',
      '出生数\t1,820人\t1,890人\t1,700人\t未達成(1,700人)',
    );
    it('reads 実績値 and 達成状況 cells as actuals, oldest column first', () => {
      expect(r.indicators).toHaveLength(1);
      expect(r.indicators[0]?.actuals).toMatchObject([
        { value: 1700, text: '1,700人', period: 'R1', line: 3 },
        { value: 1700, text: '未達成(1,700人)', line: 3 },
      ]);
    });
    it('keeps the baseline and target columns', () => {
      expect(r.indicators[0]?.baseline).toMatchObject({ value: 1820, period: 'H26' });
      expect(r.indicators[0]?.target).toMatchObject({ value: 1890, period: 'R1' });
    });
  });

  describe('a space table with period columns (oyabe)', () => {
    const r = extract(
      '主要施策コード 成果指標 区分 平成12年 平成13年実績 平成14年実績 平成15年9月30日現在 平成15年末見込 5ヵ年目標',
      '12102 総合型地域スポーツクラブ加入者数 当初 277人 778人 967人 1,039人 1,050人 500人',
    );
    it('reads the first period column as the baseline and the others as actuals', () => {
      const [indicator] = r.indicators;
      expect(indicator?.name).toBe('総合型地域スポーツクラブ加入者数');
      expect(indicator?.baseline).toMatchObject({ value: 277, period: '平成12年' });
      expect(indicator?.target).toMatchObject({ value: 500, unit: '人' });
      expect(indicator?.actuals?.map((a) => a.value)).toEqual([778, 967, 1039, 1050]);
      expect(indicator?.actuals?.[0]?.period).toBe('平成13年');
    });
  });

  describe('rows sharing a name over one line (fuchu)', () => {
    const r = extract(
      '目標1 子育て不安の解消',
      '',
      '評価指標 現状 目標 区分',
      '',
      '子育てを楽しいと感じる保護者の割合',
      '',
      '(市民意向調査)',
      '',
      '就学前児童 64.3% 増加 小学生 60.6% 増加 ⅰ',
    );
    it('gives each labelled row the shared name with its label', () => {
      expect(r.indicators.map((i) => i.name)).toEqual([
        '子育てを楽しいと感じる保護者の割合(市民意向調査)（就学前児童）',
        '子育てを楽しいと感じる保護者の割合(市民意向調査)（小学生）',
      ]);
    });
    it('reads each baseline and the increase target', () => {
      expect(r.indicators.map((i) => [i.baseline?.value, i.target.kind])).toEqual([
        [64.3, 'increase'],
        [60.6, 'increase'],
      ]);
      expect(r.indicators[0]?.goalKey).toBe('basic-1');
    });
  });

  describe('a legend', () => {
    it("dates a statement's values with the legend periods (yokkaichi)", () => {
      const r = extract('(●は平成15年度→平成18年度の目標例) |', '基本目標1 生活環境', '●汚水・衛生処理率=70.1%→72.3% |');
      expect(r.indicators).toHaveLength(1);
      expect(r.indicators[0]).toMatchObject({ name: '汚水・衛生処理率', goalKey: 'basic-1' });
      expect(r.indicators[0]?.baseline).toMatchObject({ value: 70.1, unit: '%', period: '平成15年度' });
      expect(r.indicators[0]?.target).toMatchObject({ value: 72.3, unit: '%', period: '平成18年度' });
    });
  });

  describe('flattened page (kakogawa line 21)', () => {
    const r = extract(
      '11 Ⅲ 基本目標と施策 基本目標1 “ひと” 結婚・出産・子育ての希望をかなえるまち <数値目標> 基本目標指標 基準値 目標値 出生数 1,820人 (2019年度) 1,890人 (2021~2026年度平均) ' +
        '加古川市が子育てしやすいまちと感じる市民の割合 45.4% (2020年度) 60.0% (2026年度)',
    );
    it('reads the goal heading inside the line', () => {
      expect(r.goals.map((g) => g.key)).toEqual(['basic-1']);
    });
    it('reads each row of the flattened table as a goal-level indicator with its own periods', () => {
      expect(r.indicators.map((i) => [i.name, i.level, i.goalKey, i.baseline?.value, i.baseline?.period, i.target.value])).toEqual([
        ['出生数', 'goal', 'basic-1', 1820, '2019年度', 1890],
        ['加古川市が子育てしやすいまちと感じる市民の割合', 'goal', 'basic-1', 45.4, '2020年度', 60],
      ]);
      expect(r.indicators[1]?.target.period).toBe('2026年度');
    });
  });

  describe('back matter', () => {
    it('stops reading at 参考資料 after a goal', () => {
      const r = extract('基本目標1 しごとをつくる', '参考資料', '観光客数：1万人(R1)→2万人(R7)');
      expect(r.indicators).toEqual([]);
    });
  });
});
