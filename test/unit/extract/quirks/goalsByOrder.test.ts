import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../../scripts/ingest/extract/extractRecords';
import { goalsByOrder } from '../../../../scripts/ingest/extract/quirks/goalsByOrder';
import { emptyResult, rawMeasure, type RawGoal, type RawIndicator, type RawMeasure, type RawTarget } from '../../../../scripts/ingest/extract/types';
import { toSourceDoc } from '../../../../scripts/ingest/read/readSource';
import { seedSlice } from '../seedSlice';

const goal = (number: number, line: number): RawGoal => ({ key: `basic-${number}`, kind: 'basic', number, label: `基本目標${number}`, title: `目標${number}`, subtitle: null, line });
const measure = (line: number, label: string | null): RawMeasure => rawMeasure({ key: `m-${line}`, goalKey: 'basic-2', title: `施策${line}`, label, line });
const indicator = (line: number, level: 'goal' | 'measure'): RawIndicator => ({
  goalKey: 'basic-2',
  measureKey: null,
  level,
  name: `指標${line}`,
  baseline: null,
  // Only where the indicator stands matters here; the target is any well-formed one.
  target: { kind: 'number', value: 1, valueMax: null, unit: '人', period: null, fiscalYear: null, note: null, perYear: null, years: null, basis: 'total' } as RawTarget,
  line,
});

describe('goalsByOrder (quirk goals-by-order)', () => {
  // Lines: 1–2 goal headings, 4–6 list 1, 7 a bullet, 9–10 list 2, 11 a bullet, 13 box 1, 14 its statement, 15 box 2, 16 its statement.
  const doc = toSourceDoc(
    'order.txt',
    ['基本目標1 一', '基本目標2 二', '', '1施策', '2施策', '3施策', '◦例', '', '1施策', '2施策', '◦例', '', '【数値目標】', '指標A', '■ 数値目標', '指標B'].join('\n'),
    'UTF8',
  );
  const run = () => {
    const result = emptyResult();
    // Goals in reverse order: the n-th goal is the one numbered n, not the n-th heading read.
    result.goals.push(goal(2, 2), goal(1, 1));
    result.measures.push(measure(9, '1'), measure(4, '1'), measure(5, '2'), measure(6, '3'), measure(7, null), measure(10, '2'), measure(11, null));
    result.indicators.push(indicator(14, 'goal'), indicator(16, 'goal'), indicator(10, 'measure'));
    goalsByOrder(doc, result);
    return result;
  };

  describe('numbered measure lists', () => {
    const result = run();
    const goalOf = (line: number) => result.measures.find((m) => m.line === line)!.goalKey;
    it('gives the first list (from 1) to goal 1, whatever the order of the records', () => {
      expect([4, 5, 6].map(goalOf)).toEqual(['basic-1', 'basic-1', 'basic-1']);
    });
    it('gives the list that starts again at 1 to goal 2', () => {
      expect([9, 10].map(goalOf)).toEqual(['basic-2', 'basic-2']);
    });
    it('gives the bullets after a list to the goal of that list', () => {
      expect(goalOf(7)).toBe('basic-1');
      expect(goalOf(11)).toBe('basic-2');
    });
  });

  describe('a list that does not restart at 1', () => {
    it('starts a new block when a number is not above the last one', () => {
      const result = emptyResult();
      result.goals.push(goal(1, 1), goal(2, 2));
      result.measures.push(measure(4, '1'), measure(5, '2'), measure(9, '2'), measure(10, '3'));
      goalsByOrder(doc, result);
      expect(result.measures.map((m) => m.goalKey)).toEqual(['basic-1', 'basic-1', 'basic-2', 'basic-2']);
    });
  });

  describe('数値目標 boxes', () => {
    const result = run();
    const goalOf = (line: number) => result.indicators.find((i) => i.line === line)!.goalKey;
    it('gives the statement after the first box to goal 1 and after the second to goal 2', () => {
      expect(goalOf(14)).toBe('basic-1');
      expect(goalOf(16)).toBe('basic-2');
    });
    it('leaves measure-level indicators where they were read', () => {
      expect(goalOf(10)).toBe('basic-2');
    });
  });

  describe('more blocks than goals', () => {
    it('leaves a block beyond the last goal with no goal', () => {
      const result = emptyResult();
      result.goals.push(goal(1, 1));
      result.measures.push(measure(4, '1'), measure(9, '1'));
      goalsByOrder(doc, result);
      expect(result.measures.map((m) => m.goalKey)).toEqual(['basic-1', null]);
    });
  });
});

describe('extractRecords with the quirks of 000 (banners 410–414, lists, examples and boxes 719–770)', () => {
  const { doc, line } = seedSlice('000_df427b3fa16fc0bd', [410, 415], [718, 770]);
  const quirks = ['doubled-text', 'banner-goals', 'goals-by-order'] as const;
  const r = extractRecords(doc, { quirks: [...quirks] });
  const measuresOf = (goalKey: string, group: string) => r.measures.filter((m) => m.goalKey === goalKey && m.group === group);

  describe('goals', () => {
    it('reads the two banners as 基本目標1 and 基本目標2 with their wrapped titles', () => {
      expect(r.goals.map((g) => [g.key, g.label, g.title, g.line, g.lineEnd])).toEqual([
        ['basic-1', '基本目標1', '充実する子育て支援により出会い・結婚・妊娠・出産・育児のイメージを描ける「まち」をつくる', line(410), line(411)],
        ['basic-2', '基本目標2', '北斗で働く人・働きたい人を応援するとともに北斗の特徴を活かし「しごと」をつくる', line(413), line(414)],
      ]);
    });
  });

  describe('the first 具体的な施策 list and its examples', () => {
    it('gives goal 1 the five numbered measures, wrapped titles joined', () => {
      expect(measuresOf('basic-1', '具体的な施策').map((m) => [m.label, m.title, m.line])).toEqual([
        ['1', '出会いや結婚を望む方の後押し', line(723)],
        ['2', '妊娠・出産・育児までの切れ目ない支援によるこどもを生み育てやすい環境の整備', line(724)],
        ['3', '官民の連携により保護者が安心して子育てと仕事の両立に取り組める環境を提供', line(726)],
        ['4', '修学時期に合わせた的確な支援の実施', line(728)],
        ['5', '北斗に住む方々に対する北斗の充実する子育て支援策の周知強化', line(729)],
      ]);
    });
    it('gives goal 1 the five ◦ examples, undoubled, in group 事業例', () => {
      expect(measuresOf('basic-1', '事業例').map((m) => [m.label, m.title])).toEqual([
        [null, '出会いを創出するイベントを開催'],
        [null, '不妊治療への助成'],
        [null, '保育園等の「第2子以降の保育料および給食費」を無償化'],
        [null, '産前産後の方へのヘルパー派遣事業'],
        [null, 'こども家庭センターでの相談対応'],
      ]);
    });
  });

  describe('the second list (starting again at 1) and its examples', () => {
    it('gives goal 2 the seven numbered measures', () => {
      expect(measuresOf('basic-2', '具体的な施策').map((m) => [m.label, m.title])).toEqual([
        ['1', '企業誘致の推進による雇用の場の確保'],
        ['2', '市内事業者のビジネスチャンスを創出し企業の魅力度を向上'],
        ['3', '地域の成り手確保と共働き・共育ての理解促進により雇用環境の充実を促進'],
        ['4', '一次産業を活かしたしごとづくりや新しい人の流れを創生'],
        ['5', '地元高校生に対し地元企業や大学の魅力を情報発信'],
        ['6', '進学や就職などで北斗を離れた人の北斗で働きたい思いを実現'],
        ['7', '二地域居住など都会とつながりながらも北斗で働く・働ける環境を整備'],
      ]);
    });
    it('gives goal 2 the four examples, wrapped lines joined', () => {
      expect(measuresOf('basic-2', '事業例').map((m) => m.title)).toEqual([
        '新商品開発に要する費用の助成',
        '市内事業者の求人活動や事業承継の準備に要する費用の支援',
        '研修期間中や就農初期にかかる家賃や生活費の支援',
        '首都圏からのアクセスの良さを活かし、サテライトオフィスの誘致を推進',
      ]);
    });
    it('reads no other measure (`例として…`, the vertical `期` / `3` are no items)', () => {
      expect(r.measures).toHaveLength(21);
    });
  });

  describe('the two 【数値目標(抜粋)】 boxes', () => {
    it('gives the first statement to goal 1 and the second to goal 2, at goal level', () => {
      expect(r.indicators.map((i) => [i.name, i.level, i.goalKey, i.measureKey, i.line])).toEqual([
        ['出生数', 'goal', 'basic-1', null, line(764)],
        ['新函館北斗駅周辺への立地企業数', 'goal', 'basic-2', null, line(767)],
      ]);
    });
    it('reads `187人(令和5年)→200~220人(令和11年)` as a range target', () => {
      expect(r.indicators[0]!.baseline).toMatchObject({ value: 187, unit: '人' });
      expect(r.indicators[0]!.target).toMatchObject({ kind: 'range', value: 200, valueMax: 220, unit: '人' });
    });
    it('waits for the values of a name ending with `:` over a blank line', () => {
      expect(r.indicators[1]).toMatchObject({ lineEnd: line(769) });
      expect(r.indicators[1]!.baseline).toMatchObject({ value: 34, unit: '社' });
      expect(r.indicators[1]!.target).toMatchObject({ value: 45, unit: '社' });
    });
  });

  describe('without the quirks', () => {
    it('finds no goal without banner-goals', () => {
      expect(extractRecords(doc, { quirks: ['doubled-text', 'goals-by-order'] }).goals).toEqual([]);
    });
    it('leaves every list under the last goal heading without goals-by-order', () => {
      const plain = extractRecords(doc, { quirks: ['doubled-text', 'banner-goals'] });
      expect(new Set(plain.measures.map((m) => m.goalKey))).toEqual(new Set(['basic-2']));
    });
    it('keeps the doubled text of the examples without doubled-text', () => {
      const plain = extractRecords(doc, { quirks: ['banner-goals', 'goals-by-order'] });
      expect(plain.measures.map((m) => m.title)).toContain('不妊治療への助成不妊治療への助成');
    });
  });
});
