import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { readHeader } from '../../../scripts/ingest/extract/readHeader';
import { TableReader } from '../../../scripts/ingest/extract/readTableRows';
import { rowMeasure } from '../../../scripts/ingest/extract/rowMeasure';
import { tokenizeDocument } from '../../../scripts/ingest/extract/tokenizeDocument';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';
import { seedSlice } from './seedSlice';

const HEADER = 'No.\t新規\t事業名\t担当課\t事業概要\tR7年度\tR8年度\tR9年度';

describe('rowMeasure', () => {
  describe('a row read by a TableReader under a programme header', () => {
    const doc = toSourceDoc('plan.txt', [HEADER, '1\t●\t保育料軽減事業\t子育て支援課\t保育料を軽減する。\t●\t\t●'].join('\n'), 'UTF8');
    const tokens = tokenizeDocument(doc);
    const header = readHeader(tokens, 0)!;
    const reader = new TableReader(header);
    reader.push(tokens, header.end, { goalKey: 'basic-1', measureKey: null, level: 'goal' });
    const [row] = reader.close();
    const measure = rowMeasure(row!, header, 'm-2');

    it('reads the header as a programme table with three schedule columns', () => {
      expect(header.kind).toBe('measures');
      expect(header.columns.map((c) => c.role)).toEqual(['code', 'new', 'title', 'department', 'description', 'schedule', 'schedule', 'schedule']);
    });
    it('labels the measure with the code column and its cell', () => {
      expect(measure).toMatchObject({ key: 'm-2', label: 'No.1', title: '保育料軽減事業', goalKey: 'basic-1', line: 2 });
    });
    it('reads 担当課 and 事業概要', () => {
      expect(measure).toMatchObject({ department: '子育て支援課', description: '保育料を軽減する。' });
    });
    it('schedules only the fiscal years whose column is marked ●', () => {
      expect(measure.schedule).toEqual([2025, 2027]);
    });
    it('reads a ● in 新規 as new', () => {
      expect(measure.isNew).toBe(true);
    });
    it('has no group, actions nor lineEnd for a row on one line', () => {
      expect(measure).toMatchObject({ group: null, actions: [] });
      expect(measure.lineEnd).toBeUndefined();
    });
  });
});

describe('extractRecords: a programme table (004)', () => {
  describe('the header (line 51) with rows 1–2 (52–53), 9 of 教育 (122) and 11 of スポーツ (192)', () => {
    const { doc, line } = seedSlice('004_2b3a8d459449e757', [49, 53], [122, 122], [192, 192]);
    const r = extractRecords(doc);
    const byLabel = (label: string) => r.measures.find((m) => m.label === label)!;

    it('reads one measure per row and no indicator', () => {
      expect(r.measures.map((m) => [m.label, m.line])).toEqual([
        ['No.1', line(52)],
        ['No.2', line(53)],
        ['No.9', line(122)],
        ['No.11', line(192)],
      ]);
      expect(r.indicators).toEqual([]);
    });
    it('reads title, department and description of row 1', () => {
      expect(byLabel('No.1')).toMatchObject({
        title: '子ども医療費助成事業',
        department: '国保年金課',
        description:
          '一部負担金(1か月1レセプトあたり)から、入院2,500円、外来750円を超えた額を現物給付する。高校生までは、監護者の所得制限を設けず全員を対象者とするほか、就学前児童は一部負担金の全額を現物給付する。',
      });
    });
    it('schedules R7–R9 when all three years are marked', () => {
      expect(byLabel('No.1').schedule).toEqual([2025, 2026, 2027]);
      expect(byLabel('No.2').schedule).toEqual([2025, 2026, 2027]);
    });
    it('schedules only the marked years (R7, R8 of row 9; R7 of row 11)', () => {
      expect(byLabel('No.9').schedule).toEqual([2025, 2026]);
      expect(byLabel('No.11').schedule).toEqual([2025]);
    });
    it('reads isNew from the 新規 column: empty for row 1, ● for row 11', () => {
      expect(byLabel('No.1').isNew).toBe(false);
      expect(byLabel('No.11')).toMatchObject({ isNew: true, title: '陸上競技備品購入事業', department: 'スポーツ推進課' });
    });
    it('gives every row a key of its own line', () => {
      expect(new Set(r.measures.map((m) => m.key)).size).toBe(4);
      expect(byLabel('No.2').key).toBe(`m-${line(53)}`);
    });
  });

  describe('a row cut by a page break, continued under an empty No. cell (lines 59 and 70)', () => {
    const { doc, line } = seedSlice('004_2b3a8d459449e757', [51, 51], [59, 59], [70, 72]);
    const r = extractRecords(doc);

    it('adds the continued cell to row 8, not a measure of its own', () => {
      expect(r.measures.map((m) => m.label)).toEqual(['No.8', 'No.9', 'No.10']);
    });
    it("extends row 8's description with the continued text and its lines to line 70", () => {
      const row8 = r.measures[0]!;
      expect(row8.title).toBe('こども家庭センター(母子保健機能)の設置');
      expect(row8.description).toMatch(/^妊産婦及び新生児に係る実情把握、情報提供、助言、保健指導、支援/);
      expect(row8.description).toMatch(/プラン策定と進捗管理、関係機関との連絡調整$/);
      expect(row8).toMatchObject({ line: line(59), lineEnd: line(70) });
    });
    it('keeps the marks of row 8 and reads the next rows as they are', () => {
      expect(r.measures[0]!.schedule).toEqual([2025, 2026, 2027]);
      expect(r.measures[1]).toMatchObject({ title: 'こども家庭センター(児童福祉機能)の設置', line: line(71) });
      expect(r.measures[2]).toMatchObject({ title: '結婚支援事業', department: '子育て支援課', line: line(72) });
    });
  });
});
