import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';
import { seedSlice } from './seedSlice';

describe('extractRecords: goal consolidation (002 overview 78–92, page headings 316–397)', () => {
  const { doc, line } = seedSlice('002_b40273191f164151', [78, 92], [316, 397]);
  const r = extractRecords(doc);
  const goal = (key: string) => r.goals.find((g) => g.key === key);

  describe('a goal listed in the 第1期 overview and headed again with records', () => {
    it('keeps one goal per key', () => {
      expect(r.goals.map((g) => g.key).sort()).toEqual(['basic-1', 'basic-2', 'basic-3', 'basic-4']);
    });
    it('keeps the heading with records for 基本目標1 (316), under its plain key', () => {
      expect(goal('basic-1')).toMatchObject({ title: '新しい人の流れとつながりをつくる', line: line(316) });
    });
    it('keeps the heading with records for 基本目標2 (354), under its plain key', () => {
      expect(goal('basic-2')).toMatchObject({ title: '若い世代の出産・子育ての希望をかなえる', line: line(354) });
    });
    it('moves the records to the plain key', () => {
      const births = r.indicators.find((i) => i.name === '出生数')!;
      expect(births).toMatchObject({ goalKey: 'basic-2', level: 'goal', line: line(357) });
      expect(r.indicators.some((i) => /-L\d+$/.test(i.goalKey ?? ''))).toBe(false);
      expect(r.measures.some((m) => /-L\d+$/.test(m.goalKey ?? ''))).toBe(false);
    });
    it('drops the overview heading silently (it stands before the kept one)', () => {
      expect(r.skipped.map((s) => s.line)).not.toContain(line(83));
      expect(r.skipped.map((s) => s.line)).not.toContain(line(85));
    });
  });

  describe('a goal only the overview names', () => {
    it('keeps the overview heading (3, 4)', () => {
      expect(goal('basic-3')).toMatchObject({ line: line(87) });
      expect(goal('basic-4')).toMatchObject({ line: line(89) });
    });
  });

  describe('a later page heading with the same title (334)', () => {
    it('gives no skipped entry', () => {
      expect(r.skipped.map((s) => s.line)).not.toContain(line(334));
    });
  });

  describe('a later heading with another title and nothing under it (376)', () => {
    it('gets a skipped entry naming the kept line', () => {
      expect(r.skipped.filter((s) => /heading repeats/.test(s.reason))).toEqual([
        { line: line(376), reason: `heading repeats 基本目標2 with another title; the one at line ${line(354)}, which has the records, is kept` },
      ]);
    });
  });

  describe('two headings of one key, neither with records', () => {
    const plain = extractRecords(toSourceDoc('doc.txt', ['基本目標1 しごとをつくる', '', '基本目標1 ひとをつくる'].join('\n'), 'UTF8'));
    it('keeps the first under the plain key and lists the second as skipped', () => {
      expect(plain.goals.map((g) => [g.key, g.title, g.line])).toEqual([['basic-1', 'しごとをつくる', 1]]);
      expect(plain.skipped.map((s) => s.line)).toEqual([3]);
    });
  });
});
