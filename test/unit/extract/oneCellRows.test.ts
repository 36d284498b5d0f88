/**
 * Rows printed one cell per line, as PDF converters print narrow tables: the baseline sharing the
 * name's line, the row's next cells after the last period (綾町, test/gold/towns/aya-2018.txt lines
 * 40-48), a measure numbered `1-1` under no goal heading, and the ①②… labels of a goal table's row
 * groups right under its block word (鯖江市, test/gold/towns/sabae-2017.txt lines 15-37).
 */
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { readValuePair } from '../../../scripts/ingest/extract/readValuePair';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const doc = (...lines: string[]) => toSourceDoc('town.txt', lines.join('\n'), 'UTF8');
const extract = (...lines: string[]) => extractRecords(doc(...lines));
const view = (r: ReturnType<typeof extract>) =>
  r.indicators.map((i) => [i.line, i.level, i.measureKey !== null, i.name, i.baseline?.value ?? null, i.baseline?.fiscalYear ?? null, i.target.value, i.target.unit, i.target.fiscalYear]);

describe('readValuePair', () => {
  describe('the baseline on the name line', () => {
    it('reads `妊婦検診受診率 99%` / `(H26)` / `100%` / `(H31)`', () => {
      expect(readValuePair(doc('妊婦検診受診率 99%', '', '(H26)', '', '100%', '', '(H31)'), 1)).toEqual({
        name: '妊婦検診受診率',
        baseline: '99%(H26)',
        target: '100%(H31)',
        end: 7,
      });
    });
    it('keeps a name whose last word is no value', () => {
      expect(readValuePair(doc('子育て環境の 充実度', '46.3%', '49.1%'), 1)).toMatchObject({ name: '子育て環境の 充実度', baseline: '46.3%' });
    });
  });
  describe('the last period before the row’s next cells', () => {
    it('reads `(H31) 福祉保健課 児童対策費 …` as the target’s period', () => {
      expect(readValuePair(doc('妊婦検診受診率 99%', '(H26)', '100%', '(H31) 福祉保健課 児童対策費 購入費を補助する。'), 1)).toMatchObject({ target: '100%(H31)', end: 4 });
    });
    it('does not read a parenthesis that opens a longer word as a period', () => {
      expect(readValuePair(doc('妊婦検診受診率', '99%', '100%', '(H31)年度末'), 1)).toMatchObject({ target: '100%', end: 3 });
    });
  });
});

describe('a measure numbered `1-1` under no goal heading', () => {
  const r = extract('子育て環境の 充実度', '46.3%', '(H26)', '49.1%', '(H31)', '', '1-1 結婚・出産支援 の充実', '', '妊婦検診受診率 99%', '', '(H26)', '', '100%', '', '(H31) 福祉保健課 児童対策費');
  it('heads the KPI below it; the row above it stays goal-level', () => {
    expect(r.measures.map((m) => [m.label, m.title, m.line])).toEqual([['1-1', '結婚・出産支援 の充実', 7]]);
    expect(view(r)).toEqual([
      [1, 'goal', false, '子育て環境の 充実度', 46.3, 2014, 49.1, '%', 2019],
      [9, 'measure', true, '妊婦検診受診率', 99, 2014, 100, '%', 2019],
    ]);
  });
  it('is no heading for a range or a date (`1-10人`, `2019-12-01`, `4-6月に実施`)', () => {
    expect(extract('1-10人', '2019-12-01', '4-6月に実施').measures).toEqual([]);
  });
});

describe('a circled label right under a goal block word', () => {
  describe('followed by rows', () => {
    const r = extract('8章 目標値の設定', '成果指標', '(ターゲット)', '①健康寿命の延伸', '現', 'つつじバス年間利用者数', '18.8 万人(2014 年)', '20 万人');
    it('labels a group of the goal’s indicators: they stay goal-level, under no measure', () => {
      expect(r.measures).toEqual([]);
      expect(view(r)).toEqual([[6, 'goal', false, 'つつじバス年間利用者数', 18.8, 2014, 20, '万人', null]]);
    });
  });
  describe('followed by a measure’s prose', () => {
    const r = extract('基本目標1 しごとをつくる', '数値目標', '①企業立地の促進', '企業誘致によって雇用を創出する。', 'つつじバス年間利用者数', '18.8 万人(2014 年)', '20 万人');
    it('opens a measure', () => {
      expect(r.measures.map((m) => m.title)).toEqual(['企業立地の促進']);
      expect(view(r)[0]!.slice(0, 3)).toEqual([5, 'measure', true]);
    });
  });
  describe('under a heading that is no goal block word', () => {
    const r = extract('基本目標1 しごとをつくる', '数値目標', '就業者数 100人 → 120人', '主要施策', '(1) 企業立地の促進', 'つつじバス年間利用者数', '18.8 万人(2014 年)', '20 万人');
    it('opens a measure', () => {
      expect(r.measures.map((m) => m.title)).toEqual(['企業立地の促進']);
    });
  });
});
