/**
 * KPIs stated in prose about a quoted name (古賀市, test/gold/towns/koga-2015.txt lines 12-14:
 * `①「…表彰数」について2020年、までに8団体とする…`, `②「…世帯数」を2014年延べ122世帯を2020年までに延べ500世帯とする…`;
 * 千葉市, test/gold/towns/chiba-2016.txt lines 43-45: `「…世帯の数」が…世帯という現状の数字を、10年後の平成32 年にも同じ…世帯にする`,
 * its baseline dated by the sentence's opening on the line above).
 */
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { readQuotedTargetSentence } from '../../../scripts/ingest/extract/readQuotedTargetSentence';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

describe('readQuotedTargetSentence', () => {
  it('reads the name, the target year and value after について', () => {
    expect(readQuotedTargetSentence('③「市民農園の区画数」について2025年、までに40区画とするとしています。しかし…')).toEqual({
      name: '市民農園の区画数',
      baseline: null,
      target: '40区画(2025年)',
    });
  });
  it('reads a baseline year and value followed by を, 延べ dropped', () => {
    expect(readQuotedTargetSentence('「空き家バンク登録件数」を2018年度延べ15件を2024年度までに延べ60件にする。')).toEqual({
      name: '空き家バンク登録件数',
      baseline: '15件(2018年度)',
      target: '60件(2024年度)',
    });
  });
  it('reads no other sentence', () => {
    expect(readQuotedTargetSentence('「空き家バンク」について質疑しました。2024年までに60件とする。')).toBeNull();
    expect(readQuotedTargetSentence('空き家バンク登録件数を2024年までに60件とする。')).toBeNull();
  });
  it('reads が, a baseline with no year, words between, a target year with にも and words before the value', () => {
    const line = '「3歳未満の子どもがいる 世帯の数」が1,250世帯という現状の数字を、5年後の令和7 年にも同じ1,250世帯にするというものです。';
    expect(readQuotedTargetSentence(line)).toEqual({ name: '3歳未満の子どもがいる世帯の数', baseline: '1,250世帯', target: '1,250世帯(令和7年)' });
  });
  it('dates a baseline with no year by the one year of the opening, never by two', () => {
    const line = '「3歳未満の子どもがいる世帯の数」が1,250世帯という現状の数字を、5年後の令和7年にも同じ1,250世帯にする。';
    expect(readQuotedTargetSentence(line, '市は令和2年の国勢調査で')?.baseline).toBe('1,250世帯(令和2年)');
    expect(readQuotedTargetSentence(line, '令和2年と令和3年の調査で')?.baseline).toBe('1,250世帯');
  });
  it('keeps a baseline year of its own over the opening, after に関して and a comma, target year with には', () => {
    expect(readQuotedTargetSentence('「図書館の年間貸出冊数」に関して、2019年度の12万冊を2025年度には15万冊にします。', '平成30年の調査で')).toEqual({
      name: '図書館の年間貸出冊数',
      baseline: '12万冊(2019年度)',
      target: '15万冊(2025年度)',
    });
  });
  it('reads no near miss: no target year, no particle after the name, no verb of setting', () => {
    expect(readQuotedTargetSentence('「子育て世帯の数」が1,250世帯という現状の数字を、10年後にも同じ1,250世帯にする。')).toBeNull();
    expect(readQuotedTargetSentence('「10年後にも1,250世帯を維持すること」で市の人口が近づくのかが問われています。')).toBeNull();
    expect(readQuotedTargetSentence('「子育て世帯の数」は1,250世帯で、令和7年には1,300世帯となりました。')).toBeNull();
  });
  it('makes measure-level indicators on a page that speaks of its KPI', () => {
    const page = toSourceDoc('town.txt', ['総合戦略に掲げられたKPIについて質疑しました。', '', '「空き家バンク登録件数」を2018年延べ15件を2024年までに延べ60件とするとしています。'].join('\n'), 'UTF8');
    const { indicators } = extractRecords(page);
    expect(indicators.map((i) => [i.name, i.level, i.line, i.baseline?.value, i.baseline?.fiscalYear, i.target.value, i.target.fiscalYear])).toEqual([
      ['空き家バンク登録件数', 'measure', 3, 15, 2018, 60, 2024],
    ]);
  });
  it('reads the chiba shape on a page, the baseline year from the line above', () => {
    const page = toSourceDoc(
      'town.txt',
      ['総合戦略のKPIについて質問しました。', '市は令和2年の国勢調査で', '', '「子育て世帯の数」が1,250世帯という現状の数字を、5年後の令和7 年にも同じ1,250世帯にするというものです。'].join('\n'),
      'UTF8',
    );
    const { indicators } = extractRecords(page);
    expect(indicators.map((i) => [i.name, i.level, i.line, i.baseline?.value, i.baseline?.fiscalYear, i.target.value, i.target.fiscalYear])).toEqual([
      ['子育て世帯の数', 'measure', 4, 1250, 2020, 1250, 2025],
    ]);
  });
});
