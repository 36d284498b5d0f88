import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { seedSlice } from './seedSlice';

describe('extractRecords: numbered block headings and groups (003 lines 62–172)', () => {
  const { doc, line } = seedSlice('003_814edfe68be90aab', [62, 172]);
  const r = extractRecords(doc);
  const byLabel = (label: string) => r.measures.find((m) => m.label === label)!;

  describe('goals', () => {
    it('reads `・基本目標２ …` and `・基本目標３ …` as goal headings (no plain heading names them)', () => {
      expect(r.goals.map((g) => [g.key, g.title, g.line])).toEqual([
        ['basic-2', '「星の降る里・芦別」への新しい人の流れをつくる', line(64)],
        ['basic-3', '若い世代の結婚・出産・子育ての希望をかなえる', line(110)],
      ]);
    });
  });

  describe('a numbered section over a circled measure', () => {
    it('reads only the circled headings as measures', () => {
      expect(r.measures.map((m) => [m.label, m.title, m.goalKey, m.line])).toEqual([
        ['④', '「星の降る里あしべつ応援団」事業の推進', 'basic-2', line(72)],
        ['③', '妊産婦安心出産支援の推進', 'basic-3', line(136)],
      ]);
    });
    it('makes `２．Ｕ／Ｉターン促進事業` the group of ④', () => {
      expect(byLabel('④').group).toBe('U/Iターン促進事業');
    });
    it('makes `１．結婚・出産・子育て支援事業` the group of ③, across the 基本的方向 text', () => {
      expect(byLabel('③').group).toBe('結婚・出産・子育て支援事業');
    });
  });

  describe('numbered block words', () => {
    it('reads `⑵具体的な施策と重要業績評価指標（ＫＰＩ）【総合戦略６９頁】` and `⑴ 基本的方向【…】` as blocks, not measures', () => {
      const titles = r.measures.map((m) => m.title);
      expect(titles.some((t) => /具体的な施策|基本的方向|予算に基づく/.test(t))).toBe(false);
      expect(r.measures.map((m) => m.label)).not.toContain('(2)');
      expect(r.measures.map((m) => m.label)).not.toContain('(1)');
    });
    it('reads the KPI rows after the block at measure level', () => {
      expect(r.indicators.map((i) => i.level)).toEqual(['measure', 'measure']);
    });
  });

  describe('sentences between the heading and the KPI name', () => {
    it('become the description of ④, its two paragraphs joined', () => {
      expect(byLabel('④').description).toBe(
        '本市を応援しようとする市外に住む本市出身者等に「星の降る里あしべつ応援団」に登録していただき、本市の魅力を広く発信することで、本市の知名度を高め、観光客の誘致等による関係人口の拡大及び移住の推進を図ります。' +
          'また、登録申込を電子化することで、いつでもどこでも申込みができる環境を整備します。',
      );
    });
    it('become the description of ③', () => {
      expect(byLabel('③').description).toMatch(/^妊婦一般健康診査、超音波検査、産婦健康診査の費用や.*寄与します。また、親子の健康の確保及び増進につなげるため、産後ケア事業に取り組みます。$/);
    });
  });

  describe('KPI rows', () => {
    it('reads `登録者数 ２４名 登録者数 ５０名` as one indicator of ④ dated by the columns', () => {
      const kpi = r.indicators[0]!;
      expect(kpi).toMatchObject({ name: '登録者数', measureKey: byLabel('④').key, goalKey: 'basic-2', line: line(88) });
      expect(kpi.baseline).toMatchObject({ value: 24, unit: '名', period: 'R4' });
      expect(kpi.target).toMatchObject({ value: 50, unit: '名', period: 'R6' });
    });
    it('reads `５年間で ２５０件` as one target of 250', () => {
      const kpi = r.indicators[1]!;
      expect(kpi).toMatchObject({ name: '助成件数', measureKey: byLabel('③').key, goalKey: 'basic-3', line: line(156) });
      expect(kpi.baseline).toMatchObject({ value: 50, unit: '件' });
      expect(kpi.target).toMatchObject({ value: 250, unit: '件' });
    });
  });

  describe('`※` notes', () => {
    it('state nothing: no indicator, description or measure comes from them', () => {
      expect(r.indicators).toHaveLength(2);
      const text = [...r.measures.map((m) => `${m.title} ${m.description}`), ...r.indicators.map((i) => i.name)].join(' ');
      expect(text).not.toMatch(/記載済み|据え置く|基準値について|直近の実績値/);
    });
    it('are not read as values (the note at 96–102 names 令和４年度)', () => {
      expect(r.indicators.every((i) => i.line < line(96) || i.line > line(102))).toBe(true);
    });
  });
});
