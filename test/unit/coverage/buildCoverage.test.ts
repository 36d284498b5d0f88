import { describe, expect, it } from 'vitest';
import { buildCoverage } from '../../../scripts/ingest/coverage/buildCoverage';
import { emptyResult } from '../../../scripts/ingest/extract/types';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

/** 003's lines 364–370 (the 北海道 target quoted) and 392 (the city's own KPI), with a page header repeated. */
const DOC = toSourceDoc(
  'seeds/003.txt',
  [
    '第２期芦別市まち・ひと・しごと創生総合戦略 改訂版のポイント',
    '2030年(令和12年)までに 48%削減、2050年(令和32年)までに実質ゼロに',
    '芦別市ゼロカーボン実行計画の策定 未策定 2024年度中の計画策定',
    '第２期芦別市まち・ひと・しごと創生総合戦略 改訂版のポイント',
    '婚姻数：90組→100組',
    '本文だけの行。',
    '第２期芦別市まち・ひと・しごと創生総合戦略 改訂版のポイント',
  ].join('\n'),
  'UTF8',
);

describe('buildCoverage', () => {
  describe('with nothing read', () => {
    const entries = buildCoverage(DOC, { explained: [] }, emptyResult());
    it('lists the lines that look like targets, in line order, unexplained', () => {
      expect(entries.map((e) => [e.line, e.reason])).toEqual([
        [2, null],
        [5, null],
      ]);
    });
    it('leaves out a page header repeated on every page, and prose', () => {
      expect(entries.some((e) => e.line === 1 || e.line === 4 || e.line === 6 || e.line === 7)).toBe(false);
    });
  });
  describe('with a manifest explanation and lines the extractor read or skipped', () => {
    const result = emptyResult();
    result.consumed.add(5);
    result.skipped.push({ line: 3, reason: 'a target in words the extractor could not read' });
    const entries = buildCoverage(DOC, { explained: [{ lines: '2-2', reason: '北海道の目標の引用' }] }, result);
    it('gives the explained line its reason, drops the read one and lists the skipped one with the extractor’s reason', () => {
      expect(entries.map((e) => [e.line, e.reason])).toEqual([
        [2, '北海道の目標の引用'],
        [3, 'a target in words the extractor could not read'],
      ]);
    });
    it('names the file and the text of each line', () => {
      expect(entries[0]).toMatchObject({ file: 'seeds/003.txt', text: '2030年(令和12年)までに 48%削減、2050年(令和32年)までに実質ゼロに' });
    });
  });
});
