import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { seedSlice } from './seedSlice';

describe('extractRecords: rows with a 施策・基本事業名 cell after the values (002 lines 354–375)', () => {
  const { doc, line } = seedSlice('002_b40273191f164151', [354, 375]);
  const r = extractRecords(doc);
  const kpis = r.indicators.filter((i) => i.level === 'measure');
  const measure = (key: string | null) => r.measures.find((m) => m.key === key)!;

  describe('the measures the title cells name', () => {
    it('makes one measure per code, labelled by it, under the goal, grouped by the column label', () => {
      expect(r.measures.map((m) => [m.key, m.label, m.title, m.goalKey, m.group])).toEqual([
        ['p-1-2-1', '1-2-1', '妊娠・出産に関する保険・医療の充実', 'basic-2', '後期基本計画の施策・基本事業'],
        ['p-1-1-1', '1-1-1', '保育サービスの充実', 'basic-2', '後期基本計画の施策・基本事業'],
        ['p-1-1-2', '1-1-2', '子供の放課後等の居場所があると思う保護者の割合', 'basic-2', '後期基本計画の施策・基本事業'],
        ['p-1-2-2', '1-2-2', '子供に関する医療体制の充実', 'basic-2', '後期基本計画の施策・基本事業'],
      ]);
    });
    it("spans the measure from its row's name to the title's wrapped line", () => {
      expect(measure('p-1-2-1')).toMatchObject({ line: line(360), lineEnd: line(363) });
    });
  });

  describe('the KPI rows', () => {
    it('reads four rows, each under the measure its title cell names', () => {
      expect(kpis.map((i) => [i.name, i.measureKey, i.goalKey])).toEqual([
        ['妊婦が妊婦健康診査を受診した回数', 'p-1-2-1', 'basic-2'],
        ['保育所(園)待機児童数', 'p-1-1-1', 'basic-2'],
        ['子どもの放課後等の居場所があると思う保護者の割合', 'p-1-1-2', 'basic-2'],
        ['子どもにかかりつけ医がいる世帯の割合', 'p-1-2-2', 'basic-2'],
      ]);
    });
    it('reads the values before the title cell', () => {
      expect(kpis[0]!.baseline).toMatchObject({ value: 12.4, unit: '回' });
      expect(kpis[0]!.target).toMatchObject({ value: 13, unit: '回' });
      expect(kpis[3]!.target).toMatchObject({ value: 92, unit: '%' });
    });
    it('keeps the 数値目標 row at goal level with no measure', () => {
      expect(r.indicators.filter((i) => i.level === 'goal').map((i) => [i.name, i.measureKey, i.line])).toEqual([['出生数', null, line(357)]]);
    });
  });

  describe('wrapped lines between rows', () => {
    it('gives a line that finishes a phrase (`保険・医療の充実`, 363) to the title of the row above', () => {
      expect(measure('p-1-2-1').title.endsWith('保険・医療の充実')).toBe(true);
      expect(kpis[1]!.name).not.toContain('保険');
    });
    it('gives a line cut after a particle (`…居場所が`, 366) to the name of the row below', () => {
      expect(kpis[2]!.name.startsWith('子どもの放課後等の居場所が')).toBe(true);
      expect(measure('p-1-1-1').title).toBe('保育サービスの充実');
    });
    it('splits two wrapped lines by their breaks: `場所があると…` (369) to the title, `…医がいる` (371) to the name', () => {
      expect(measure('p-1-1-2').title).toBe('子供の放課後等の居場所があると思う保護者の割合');
      expect(kpis[3]!.name).toBe('子どもにかかりつけ医がいる世帯の割合');
    });
    it("gives the table's last wrapped line (`制の充実`, 374) to the last title", () => {
      expect(measure('p-1-2-2')).toMatchObject({ title: '子供に関する医療体制の充実', lineEnd: line(374) });
    });
  });
});
