import { describe, expect, it } from 'vitest';
import { readColumn, readHeader } from '../../../scripts/ingest/extract/readHeader';
import { tokenizeDocument } from '../../../scripts/ingest/extract/tokenizeDocument';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const tokens = (text: string) => tokenizeDocument(toSourceDoc('header.txt', text, 'UTF8'));
const header = (text: string) => readHeader(tokens(text), 0);
const roles = (text: string) => header(text)?.columns.map((c) => c.role) ?? null;

describe('readColumn', () => {
  describe('a column word', () => {
    it('takes the word role', () => {
      expect(readColumn('基準値', false)).toMatchObject({ role: 'baseline', period: null });
      expect(readColumn('達成状況', false)).toMatchObject({ role: 'actual' });
    });
    it('reads 数値目標 as the name when it is the first column, else as the target', () => {
      expect(readColumn('数値目標', true)?.role).toBe('name');
      expect(readColumn('数値目標', false)?.role).toBe('target');
    });
    it('reads KPI as the name when it is the first column, else as the target', () => {
      expect(readColumn('KPI', true)?.role).toBe('name');
      expect(readColumn('KPI', false)?.role).toBe('target');
    });
  });
  describe('a column word with its period in parentheses', () => {
    it('reads `現状値（R1年度）` (004) as a baseline of R1年度', () => {
      expect(readColumn('現状値(R1年度)', false)).toMatchObject({ role: 'baseline', period: 'R1年度' });
    });
    it('reads `目標値（R7年度）` as a target of R7年度', () => {
      expect(readColumn('目標値(R7年度)', false)).toMatchObject({ role: 'target', period: 'R7年度' });
    });
  });
  describe('a period followed by a column word (oyabe)', () => {
    it('reads `平成13年実績` as an actual of 平成13年', () => {
      expect(readColumn('平成13年実績', false)).toMatchObject({ role: 'actual', period: '平成13年' });
    });
    it('reads `5ヵ年目標` as a target', () => {
      expect(readColumn('5ヵ年目標', false)?.role).toBe('target');
    });
    it('keeps code roles at the end of a longer label (`主要施策コード`)', () => {
      expect(readColumn('主要施策コード', false)?.role).toBe('code');
    });
  });
  describe('other words', () => {
    it('is null for a name or a value', () => {
      expect(readColumn('出生数', false)).toBeNull();
      expect(readColumn('64.1%', false)).toBeNull();
    });
  });
});

describe('readHeader', () => {
  describe('a TAB header with column periods (004)', () => {
    const h = header('No.\t指標\t現状値（R1年度）\t目標値（R7年度）');
    it('reads code, name, baseline and target with their periods', () => {
      expect(h?.columns).toEqual([
        { role: 'code', label: 'No.', period: null },
        { role: 'name', label: '指標', period: null },
        { role: 'baseline', label: '現状値(R1年度)', period: 'R1年度' },
        { role: 'target', label: '目標値(R7年度)', period: 'R7年度' },
      ]);
    });
    it('ends after the header row and implies no level for 指標', () => {
      expect(h).toMatchObject({ end: 4, line: 1, level: null });
    });
  });
  describe('the header of its doc comment', () => {
    it('reads `指標 基準値 数値目標 達成状況 検証結果`', () => {
      expect(roles('指標 基準値 数値目標 達成状況 検証結果')).toEqual(['name', 'baseline', 'target', 'actual', 'text']);
    });
    it('reads fuchu `評価指標 現状 目標 区分`', () => {
      expect(roles('評価指標 現状 目標 区分')).toEqual(['name', 'baseline', 'target', 'text']);
    });
  });
  describe('period-only columns', () => {
    it('makes the first the baseline and the others actuals (oyabe)', () => {
      const h = header('主要施策コード 成果指標 区分 平成12年 平成13年実績 平成14年実績 平成15年9月30日現在 平成15年末見込 5ヵ年目標');
      expect(h?.columns.map((c) => c.role)).toEqual(['code', 'name', 'text', 'baseline', 'actual', 'actual', 'actual', 'actual', 'target']);
      expect(h?.columns[3]).toMatchObject({ label: '平成12年', period: '平成12年' });
      expect(h?.columns[4]?.period).toBe('平成13年');
    });
    it('makes every period-only column an actual when a column says 基準値', () => {
      const h = header('指標 基準値 平成13年 平成14年 目標値');
      expect(h?.columns.map((c) => c.role)).toEqual(['name', 'baseline', 'actual', 'actual', 'target']);
      expect(h?.columns[2]?.period).toBe('平成13年');
    });
    it('makes the first of several bare periods the baseline', () => {
      expect(roles('指標 平成12年 平成13年 目標値')).toEqual(['name', 'baseline', 'actual', 'target']);
    });
  });
  describe('levels', () => {
    it('reads a 数値目標 name column as goal level', () => {
      expect(header('数値目標 基準値 目標値')?.level).toBe('goal');
    });
    it('reads a 重要業績評価指標(KPI) name column as measure level', () => {
      expect(header('重要業績評価指標(KPI) 現状値 目標値')?.level).toBe('measure');
    });
  });
  describe('not a header', () => {
    it('needs a target column', () => {
      expect(header('指標 基準値 実績値')).toBeNull();
    });
    it('needs a name or baseline column besides the target', () => {
      expect(header('目標値 単位')).toBeNull();
    });
    it('rejects a line that goes on with other words', () => {
      expect(header('指標 現状値 目標値 を定めます')).toBeNull();
    });
    it('rejects a statement line (001)', () => {
      expect(header('・観光入込客数\t⇒\t現状値 (H30)\t76 万人\t目標数値\t90 万人')).toBeNull();
    });
    it('must start at a cell start', () => {
      expect(readHeader(tokens('出生数 指標 現状値 目標値'), 1)).toBeNull();
    });
  });
});
