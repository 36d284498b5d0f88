/**
 * KPIs stated in prose about a quoted name (古賀市, test/gold/towns/koga-2015.txt lines 12-14:
 * `①「…表彰数」について2020年、までに8団体とする…`, `②「…世帯数」を2014年延べ122世帯を2020年までに延べ500世帯とする…`).
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
  it('makes measure-level indicators on a page that speaks of its KPI', () => {
    const page = toSourceDoc('town.txt', ['総合戦略に掲げられたKPIについて質疑しました。', '', '「空き家バンク登録件数」を2018年延べ15件を2024年までに延べ60件とするとしています。'].join('\n'), 'UTF8');
    const { indicators } = extractRecords(page);
    expect(indicators.map((i) => [i.name, i.level, i.line, i.baseline?.value, i.baseline?.fiscalYear, i.target.value, i.target.fiscalYear])).toEqual([
      ['空き家バンク登録件数', 'measure', 3, 15, 2018, 60, 2024],
    ]);
  });
});
