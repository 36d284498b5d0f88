import { describe, expect, it } from 'vitest';
import { scoreDocument } from '../../../scripts/eval/scoreDocument';
import { goldOf, rowOf } from './records';

describe('scoreDocument', () => {
  // Three gold indicators: 出生数 (21), 観光入込客数 in 万人 (26), 転入者数 (40).
  const gold = [
    goldOf(),
    goldOf({ name: '観光入込客数(単年度)', line: 26, level: 'measure', unit: '万人', baseline: { value: 227, fy: 2014 }, target: { kind: 'number', value: 270, value_max: null, fy: 2026 } }),
    goldOf({ name: '転入者数', line: 40 }),
  ];
  // Rows: 出生数 with the wrong baseline year, 観光入込客数 in 人, a stray 出生数 far away, and 転出者数.
  const rows = [
    rowOf({ baseline: { value: 1820, fiscalYear: 2020 } }),
    rowOf({ name: '観光入込客数', source: { line: 27 }, level: 'measure', unit: '人', baseline: { value: 2270000, fiscalYear: 2014 }, target: { kind: 'number', value: 2700000, valueMax: null, fiscalYear: 2026 } }),
    rowOf({ source: { line: 60 } }),
    rowOf({ name: '転出者数', source: { line: 40 } }),
  ];
  const score = scoreDocument(gold, rows);

  it('counts gold, rows, found, exact and extra', () => {
    expect(score.tally).toMatchObject({ gold: 3, extracted: 4, found: 2, exact: 1, extra: 2 });
  });
  it('matches 万人 with 人 by value: the 観光入込客数 row is exact', () => {
    expect(score.inexact.map((m) => m.gold.name)).toEqual(['出生数']);
  });
  it('counts per field the matches that agree', () => {
    expect(score.tally.fields).toEqual({ level: 2, unit: 2, baselineValue: 2, baselineFy: 1, targetKind: 2, targetValue: 2, targetFy: 2, line: 2 });
  });
  it('lists what was missed, what is extra and what differs', () => {
    expect(score.missed.map((g) => g.name)).toEqual(['転入者数']);
    expect(score.extra.map((r) => [r.name, r.source.line])).toEqual([
      ['出生数', 60],
      ['転出者数', 40],
    ]);
    expect(score.inexact[0]!.diffs).toEqual([{ field: 'baselineFy', gold: '2019', extracted: '2020' }]);
  });
  it('scores no rows as nothing found and nothing extra', () => {
    expect(scoreDocument(gold, []).tally).toMatchObject({ gold: 3, extracted: 0, found: 0, exact: 0, extra: 0 });
  });
});
