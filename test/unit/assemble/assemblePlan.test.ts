import { describe, expect, it } from 'vitest';
import { assemblePlan, planFromManifest } from '../../../scripts/ingest/assemble/assemblePlan';
import { emptyResult, rawMeasure, type ExtractResult, type RawGoal } from '../../../scripts/ingest/extract/types';
import type { Manifest } from '../../../src/schemas/manifest';
import { rawIndicator, rawTarget, rawValue } from './fixtures';

/** seeds/001_c90401aa62130a51.yaml (北斗市 第2期), as loadManifests parses it. */
const MANIFEST_001: Manifest = {
  source: '001_c90401aa62130a51.txt',
  municipality: '012360',
  id: 'g2-strategy',
  title: '第2期北斗市まち・ひと・しごと創生総合戦略',
  kind: 'strategy',
  generation: 2,
  status: 'adopted',
  published: '2020-03',
  publishedSource: '表紙「令和 2 年 3 月」(line 10)、奥付「令和2年3月策定」(line 749)',
  url: 'http://www.city.hokuto.hokkaido.jp/modules/info/content0299.html',
  urlKind: 'page',
  urlNote: '北斗市の「第2期北斗市まち・ひと・しごと創生総合戦略」のページ。',
  urlChecked: '2026-12-02',
  period: { start: 2020, end: 2024, source: '本文「令和2年度から令和6年度までの5年間」(line 51)' },
  quirks: [],
  revises: null,
  notes: '基本目標・数値目標・主要施策・具体的取組・重要業績評価指標(KPI)を含む全文。',
  explained: [],
};
const FILE_001 = 'seeds/001_c90401aa62130a51.txt';

/** seeds/004_2b3a8d459449e757.yaml (北上市 action plan, no generation). */
const MANIFEST_004: Manifest = {
  source: '004_2b3a8d459449e757.txt',
  municipality: '032069',
  id: 'action-plan-2021',
  title: '持続可能なまちづくり推進プロジェクト アクションプラン(2021～2025)',
  kind: 'action-plan',
  generation: null,
  status: 'adopted',
  published: null,
  publishedSource: null,
  url: null,
  urlKind: null,
  urlNote: 'アクションプランの掲載ページもファイルも見つからなかった。',
  urlChecked: '2026-12-02',
  period: { start: 2021, end: 2025 },
  quirks: [],
  revises: null,
  notes: null,
  explained: [],
};

/** An extraction result with these records. */
function extracted(fields: Partial<Pick<ExtractResult, 'goals' | 'measures' | 'indicators'>>): ExtractResult {
  return { ...emptyResult(), ...fields };
}

describe('planFromManifest', () => {
  describe('for the manifest of 001', () => {
    it('prefixes the id with the municipality and copies what the manifest says', () => {
      expect(planFromManifest(MANIFEST_001, FILE_001)).toStrictEqual({
        id: '012360-g2-strategy',
        municipality: '012360',
        title: '第2期北斗市まち・ひと・しごと創生総合戦略',
        kind: 'strategy',
        generation: 2,
        status: 'adopted',
        published: '2020-03',
        publishedSource: '表紙「令和 2 年 3 月」(line 10)、奥付「令和2年3月策定」(line 749)',
        url: 'http://www.city.hokuto.hokkaido.jp/modules/info/content0299.html',
        urlKind: 'page',
        urlNote: '北斗市の「第2期北斗市まち・ひと・しごと創生総合戦略」のページ。',
        urlChecked: '2026-12-02',
        periodStart: 2020,
        periodEnd: 2024,
        periodSource: '本文「令和2年度から令和6年度までの5年間」(line 51)',
        revises: null,
        previousPlan: null,
        sourceFile: 'seeds/001_c90401aa62130a51.txt',
        quirks: [],
        notes: '基本目標・数値目標・主要施策・具体的取組・重要業績評価指標(KPI)を含む全文。',
      });
    });
  });

  describe('for a revision', () => {
    it('prefixes the revised plan id with the municipality too', () => {
      const revision: Manifest = { ...MANIFEST_001, id: 'g2-revision-2024', kind: 'revision', revises: 'g2-strategy' };
      expect(planFromManifest(revision, 'seeds/x.txt').revises).toBe('012360-g2-strategy');
    });
  });

  describe('for a plan outside the numbered series', () => {
    const plan = planFromManifest(MANIFEST_004, 'seeds/004_2b3a8d459449e757.txt');
    it('keeps generation and notes null', () => {
      expect([plan.id, plan.generation, plan.notes, plan.previousPlan]).toEqual(['032069-action-plan-2021', null, null, null]);
    });
    it('has no period source when the manifest records none', () => {
      expect(plan.periodSource).toBeNull();
    });
    it('carries no URL, and the note that says none was found', () => {
      expect([plan.url, plan.urlKind, plan.published, plan.publishedSource]).toEqual([null, null, null, null]);
      expect(plan.urlNote).toMatch(/見つからなかった/);
    });
  });
});

describe('assemblePlan', () => {
  const plan001 = planFromManifest(MANIFEST_001, FILE_001);

  // 001 lines 167–171 and 412–416: 基本目標1 and 基本目標3 with their ～subtitles～.
  const BASIC_1: RawGoal = { key: 'basic-1', kind: 'basic', number: 1, label: '基本目標1', title: '北海道新幹線を活かした産業の振興と雇用の場をつくる', subtitle: '活力ある地域をつくる', line: 167, lineEnd: 171 };
  const BASIC_3: RawGoal = { key: 'basic-3', kind: 'basic', number: 3, label: '基本目標3', title: '子どもを生み、育てたいという希望をかなえる', subtitle: '結婚・出産・子育ての希望をかなえる', line: 412, lineEnd: 416 };
  // 001 line 185 (1) and line 244 (3), each with two of their ①-actions.
  const M185 = rawMeasure({
    key: 'm-185',
    goalKey: 'basic-1',
    label: '(1)',
    title: '企業立地等による雇用創出と地域経済の活性化',
    line: 185,
    actions: [
      { text: '企業立地の促進', details: ['・企業誘致活動を展開する。'], line: 193, lineEnd: 197 },
      { text: '新函館北斗駅周辺における集客力の向上', details: [], line: 204, lineEnd: 204 },
    ],
  });
  const M244 = rawMeasure({
    key: 'm-244',
    goalKey: 'basic-1',
    label: '(3)',
    title: 'まちをもっと元気にする産業振興',
    line: 244,
    actions: [
      { text: '先端技術や未来技術を活用した産業振興', details: [], line: 254, lineEnd: 259 },
      { text: '商工業事業者への各種支援策の推進', details: [], line: 273, lineEnd: 278 },
    ],
  });
  // 001 line 214: ・企業立地数 (新函館北斗駅周辺) ⇒ 現状値 (第 1 期実績) 31社 目標数値 50社
  const L214 = rawIndicator({
    goalKey: 'basic-1',
    measureKey: 'm-185',
    level: 'measure',
    name: '企業立地数(新函館北斗駅周辺)',
    baseline: rawValue({ value: 31, unit: '社', period: '第1期実績' }),
    target: rawTarget({ value: 50, unit: '社' }),
    line: 214,
  });
  // 001 line 286: 自動換気装置導入ハウス棟数 — no theme word of its own.
  const L286 = rawIndicator({ goalKey: 'basic-1', measureKey: 'm-244', level: 'measure', name: '自動換気装置導入ハウス棟数', target: rawTarget({ value: 60, unit: '棟' }), line: 286 });
  // 001 line 289: 醸造用ブドウ栽培戸数・面積, two targets on one line.
  const L289_1 = rawIndicator({ goalKey: 'basic-1', measureKey: 'm-244', level: 'measure', name: '醸造用ブドウ栽培戸数・面積（戸）', target: rawTarget({ unit: '戸' }), line: 289 });
  const L289_2 = rawIndicator({ goalKey: 'basic-1', measureKey: 'm-244', level: 'measure', name: '醸造用ブドウ栽培戸数・面積（ha）', target: rawTarget({ unit: 'ha' }), line: 289 });

  describe('a document of 001 with goals, measures and indicators', () => {
    const out = assemblePlan(plan001, extracted({ goals: [BASIC_1, BASIC_3], measures: [M185, M244], indicators: [L214, L286, L289_1, L289_2] }), new Set(), 2024);

    it('returns the plan it was given', () => {
      expect(out.plan).toBe(plan001);
    });

    describe('goals', () => {
      it('are `<planId>-<key>` of the plan and municipality, in document order', () => {
        expect(out.goals.map((g) => [g.id, g.plan, g.municipality])).toEqual([
          ['012360-g2-strategy-basic-1', '012360-g2-strategy', '012360'],
          ['012360-g2-strategy-basic-3', '012360-g2-strategy', '012360'],
        ]);
      });
      it('keep what the extractor read and cite the seed file with both lines', () => {
        expect(out.goals[0]).toStrictEqual({
          id: '012360-g2-strategy-basic-1',
          plan: '012360-g2-strategy',
          municipality: '012360',
          kind: 'basic',
          number: 1,
          label: '基本目標1',
          title: '北海道新幹線を活かした産業の振興と雇用の場をつくる',
          subtitle: '活力ある地域をつくる',
          themes: ['jobs'],
          source: { file: 'seeds/001_c90401aa62130a51.txt', line: 167, lineEnd: 171 },
          corrected: false,
        });
      });
      it('take their themes from the title and subtitle (子ども, 結婚, 出産, 子育て → childcare)', () => {
        expect(out.goals[1]!.themes).toEqual(['childcare']);
      });
    });

    describe('measures', () => {
      const [m185, m244] = out.measures;

      it('are `<planId>-<key>` under their goal', () => {
        expect([m185!.id, m185!.goal, m244!.id]).toEqual(['012360-g2-strategy-m-185', '012360-g2-strategy-basic-1', '012360-g2-strategy-m-244']);
      });
      it('keep the extracted fields and are never marked corrected', () => {
        expect([m185!.label, m185!.title, m185!.group, m185!.description, m185!.department, m185!.schedule, m185!.isNew, m185!.corrected]).toEqual([
          '(1)',
          '企業立地等による雇用創出と地域経済の活性化',
          null,
          null,
          null,
          [],
          false,
          false,
        ]);
      });
      it('cite each action, with lineEnd only when it differs from line', () => {
        expect(m185!.actions).toStrictEqual([
          { text: '企業立地の促進', details: ['・企業誘致活動を展開する。'], source: { file: FILE_001, line: 193, lineEnd: 197 } },
          { text: '新函館北斗駅周辺における集客力の向上', details: [], source: { file: FILE_001, line: 204 } },
        ]);
      });
      it('cite their own line without lineEnd when the layout gives none', () => {
        expect(m185!.source).toStrictEqual({ file: FILE_001, line: 185 });
      });
      it('read themes in the actions too (集客 → tourism, 駅 → transport-urban)', () => {
        expect(m185!.themes).toEqual(['jobs', 'tourism', 'transport-urban']);
      });
      it('read 先端技術・未来技術 in an action as dx', () => {
        expect(m244!.themes).toEqual(['dx', 'jobs']);
      });
    });

    describe('indicators', () => {
      const [l214, l286, l289a, l289b] = out.indicators;

      it('are `<planId>-L<line>`, with -1, -2 for two targets on one line', () => {
        expect(out.indicators.map((i) => i.id)).toEqual([
          '012360-g2-strategy-L214',
          '012360-g2-strategy-L286',
          '012360-g2-strategy-L289-1',
          '012360-g2-strategy-L289-2',
        ]);
      });
      it('link to their goal and measure', () => {
        expect([l214!.goal, l214!.measure, l214!.level]).toEqual(['012360-g2-strategy-basic-1', '012360-g2-strategy-m-185', 'measure']);
      });
      it('take themes and family from their own name', () => {
        expect([l214!.themes, l214!.family]).toEqual([['jobs', 'transport-urban'], 'companies-located']);
      });
      it('inherit the themes of their measure when the name has none', () => {
        expect(l286!.themes).toEqual(['dx', 'jobs']);
      });
      it('have no family when the dictionary knows none', () => {
        expect([l286!.family, l289a!.family, l289b!.family]).toEqual([null, null, null]);
      });
      it('start unlinked to an earlier generation and uncorrected', () => {
        expect([l214!.previous, l214!.corrected]).toEqual([null, false]);
      });
      it('keep the baseline and put the plan’s last year on a target that gives none', () => {
        expect([l214!.unit, l214!.unitBase, l214!.unitScale, l214!.baseline, l214!.target]).toStrictEqual([
          '社',
          '社',
          1,
          { value: 31, valueBase: 31, period: '第1期実績', fiscalYear: null, note: null },
          {
            kind: 'number', value: 50, valueBase: 50, valueMax: null, valueMaxBase: null, period: null, fiscalYear: 2024,
            impliedByPlanPeriod: true, perYear: null, perYearBase: null, years: null, note: null, basis: 'total',
          },
        ]);
      });
      it('cite their line', () => {
        expect(l289b!.source).toStrictEqual({ file: FILE_001, line: 289 });
      });
    });
  });

  describe('target years', () => {
    const one = (target: ReturnType<typeof rawTarget>, impliedEnd: number | null) =>
      assemblePlan(plan001, extracted({ indicators: [rawIndicator({ name: '出生数', target, line: 764 })] }), new Set(), impliedEnd).indicators[0]!.target;

    describe('when the text gives a year (000 line 764: 200～220人（令和11年）)', () => {
      it('keeps it and does not flag it', () => {
        const t = one(rawTarget({ kind: 'range', value: 200, valueMax: 220, unit: '人', period: '令和11年', fiscalYear: 2029 }), 2024);
        expect([t.kind, t.value, t.valueMax, t.period, t.fiscalYear, t.impliedByPlanPeriod]).toEqual(['range', 200, 220, '令和11年', 2029, false]);
      });
    });

    describe('when the text gives none', () => {
      it('takes impliedEnd for an increase (002 line 372: ↑)', () => {
        const t = one(rawTarget({ kind: 'increase' }), 2026);
        expect([t.fiscalYear, t.impliedByPlanPeriod]).toEqual([2026, true]);
      });
      it('takes impliedEnd for a zero balance (001 line 302: 均衡)', () => {
        const t = one(rawTarget({ kind: 'zero-balance' }), 2024);
        expect([t.fiscalYear, t.impliedByPlanPeriod]).toEqual([2024, true]);
      });
      it('takes impliedEnd for a qualitative target too: a plan states it for its period (001 line 410)', () => {
        const t = one(rawTarget({ kind: 'qualitative', note: '具体的数値項目を定義し、増加を図る' }), 2024);
        expect([t.fiscalYear, t.impliedByPlanPeriod, t.note]).toEqual([2024, true, '具体的数値項目を定義し、増加を図る']);
      });
      it('leaves the year null when no impliedEnd is known', () => {
        const t = one(rawTarget({ kind: 'number', value: 380 }), null);
        expect([t.fiscalYear, t.impliedByPlanPeriod]).toEqual([null, false]);
      });
    });

    describe('cumulative targets (001 line 292: 25名(5名×5年))', () => {
      it('keep perYear and years', () => {
        const t = one(rawTarget({ value: 25, unit: '名', perYear: 5, years: 5 }), 2024);
        expect([t.value, t.perYear, t.years]).toEqual([25, 5, 5]);
      });
      it('give the per-year amount a base value too', () => {
        const t = one(rawTarget({ value: 25, unit: '名', perYear: 5, years: 5 }), 2024);
        expect([t.valueBase, t.perYearBase]).toEqual([25, 5]);
      });
    });
  });

  describe('units and baselines', () => {
    const only = (raw: ReturnType<typeof rawIndicator>) => assemblePlan(plan001, extracted({ indicators: [raw] }), new Set(), 2024).indicators[0]!;

    it('takes the baseline unit when the target has none (001 line 302: △55人 → 均衡)', () => {
      const i = only(
        rawIndicator({
          name: '社会動態の均衡',
          baseline: rawValue({ value: -55, unit: '人', period: 'H30', fiscalYear: 2018 }),
          target: rawTarget({ kind: 'zero-balance' }),
          line: 302,
        }),
      );
      expect([i.unit, i.baseline.value, i.baseline.fiscalYear, i.family]).toEqual(['人', -55, 2018, 'net-migration']);
    });
    it('prefers the target unit over the baseline unit', () => {
      const i = only(rawIndicator({ name: '観光入込客数', baseline: rawValue({ value: 76, unit: '万人' }), target: rawTarget({ value: 900, unit: '千人' }), line: 241 }));
      expect(i.unit).toBe('千人');
    });
    it('scales a baseline by its own unit: 76万人 beside 900千人 are 760,000 and 900,000 人', () => {
      const i = only(rawIndicator({ name: '観光入込客数', baseline: rawValue({ value: 76, unit: '万人' }), target: rawTarget({ value: 900, unit: '千人' }), line: 241 }));
      expect([i.unitBase, i.baseline.valueBase, i.target.valueBase]).toEqual(['人', 760000, 900000]);
    });
    it('gives a baseline in another base unit no base value (10件 beside 20人)', () => {
      const i = only(rawIndicator({ name: '相談', baseline: rawValue({ value: 10, unit: '件' }), target: rawTarget({ value: 20, unit: '人' }), line: 5 }));
      expect([i.unitBase, i.baseline.value, i.baseline.valueBase, i.target.valueBase]).toEqual(['人', 10, null, 20]);
    });
    it('fills an absent baseline with nulls (004 line 388: －)', () => {
      const i = only(rawIndicator({ name: '健康福祉ポイント付与 3000ポイント以上達成者の人数', target: rawTarget({ value: 800, unit: '人' }), line: 388 }));
      expect([i.unit, i.baseline]).toStrictEqual(['人', { value: null, valueBase: null, period: null, fiscalYear: null, note: null }]);
    });
    it('gives values in the base unit beside those as written (001 line 241: 76 万人 → 90 万人)', () => {
      const i = only(rawIndicator({ name: '観光入込客数', baseline: rawValue({ value: 76, unit: '万人' }), target: rawTarget({ value: 90, unit: '万人' }), line: 241 }));
      expect([i.unit, i.unitBase, i.unitScale, i.baseline.value, i.baseline.valueBase, i.target.value, i.target.valueBase]).toEqual(['万人', '人', 10000, 76, 760000, 90, 900000]);
    });
    it('counts 名 as 人 (001 line 465: 潜在的待機児童数 11名 → 0名)', () => {
      const i = only(rawIndicator({ name: '潜在的待機児童数', baseline: rawValue({ value: 11, unit: '名' }), target: rawTarget({ value: 0, unit: '名' }), line: 465 }));
      expect([i.unit, i.unitBase, i.unitScale, i.baseline.valueBase, i.target.valueBase]).toEqual(['名', '人', 1, 11, 0]);
    });
    it('scales the ends of a range and the actuals (1.5～2.2万人, 実績 1.7万人)', () => {
      const i = only(
        rawIndicator({
          name: '観光入込客数',
          target: rawTarget({ kind: 'range', value: 1.5, valueMax: 2.2, unit: '万人' }),
          actuals: [{ value: 1.7, text: '1.7万人', period: 'R2', fiscalYear: 2020, line: 9 }],
          line: 8,
        }),
      );
      expect([i.target.valueBase, i.target.valueMaxBase, i.actuals[0]!.valueBase]).toEqual([15000, 22000, 17000]);
    });
    it('has an empty unit when neither side gives one', () => {
      expect(only(rawIndicator({ name: '出生数', line: 357 })).unit).toBe('');
    });
  });

  describe('themes inherited by indicators', () => {
    // 001 line 540 (基本目標4, lines 532–536): 住民基本台帳人口 names no theme.
    const BASIC_4: RawGoal = { key: 'basic-4', kind: 'basic', number: 4, label: '基本目標4', title: '住み続けたいという暮らしの環境をつくり守る', subtitle: 'ひとが集う、安心して暮らすことができる魅力的な地域をつくる', line: 532, lineEnd: 536 };

    it('come from the goal when the indicator has no measure', () => {
      const out = assemblePlan(plan001, extracted({ goals: [BASIC_4], indicators: [rawIndicator({ goalKey: 'basic-4', name: '住民基本台帳人口', line: 540 })] }), new Set(), 2024);
      expect([out.indicators[0]!.themes, out.indicators[0]!.family, out.indicators[0]!.goal]).toEqual([['migration'], 'population', '012360-g2-strategy-basic-4']);
    });
    it('are empty for an indicator with no theme word, goal or measure', () => {
      const out = assemblePlan(plan001, extracted({ indicators: [rawIndicator({ name: '住民基本台帳人口', line: 540 })] }), new Set(), 2024);
      expect([out.indicators[0]!.themes, out.indicators[0]!.goal, out.indicators[0]!.measure]).toEqual([[], null, null]);
    });
    it('do not replace the indicator’s own themes', () => {
      const out = assemblePlan(plan001, extracted({ goals: [BASIC_4], indicators: [rawIndicator({ goalKey: 'basic-4', name: '町内会加入率', line: 571 })] }), new Set(), 2024);
      expect(out.indicators[0]!.themes).toEqual(['community-safety']);
    });
  });

  describe('themes of measures', () => {
    it('read the group heading', () => {
      const m = rawMeasure({ key: 'm-10', goalKey: null, title: '生活支援体制整備事業', group: 'U/Iターン促進事業', line: 10 });
      expect(assemblePlan(plan001, extracted({ measures: [m] }), new Set(), 2024).measures[0]!.themes).toEqual(['migration']);
    });
    it('inherit the goal’s themes when they name none (004 line 413: 生活支援体制整備事業)', () => {
      const goal: RawGoal = { key: 'project-6', kind: 'project', number: 6, label: 'プロジェクト6', title: '介護予防の推進', subtitle: null, line: 367 };
      const m = rawMeasure({ key: 'm-413', goalKey: 'project-6', title: '生活支援体制整備事業', line: 413 });
      expect(assemblePlan(plan001, extracted({ goals: [goal], measures: [m] }), new Set(), 2024).measures[0]!.themes).toEqual(['health-welfare']);
    });
    it('are empty without a theme word or a goal', () => {
      const m = rawMeasure({ key: 'm-413', goalKey: null, title: '生活支援体制整備事業', line: 413 });
      const out = assemblePlan(plan001, extracted({ measures: [m] }), new Set(), 2024).measures[0]!;
      expect([out.goal, out.themes]).toEqual([null, []]);
    });
  });

  describe('a goal whose title names no theme (004 プロジェクト6 いきいき元気ライフプロジェクト, line 367)', () => {
    const plan004 = planFromManifest(MANIFEST_004, 'seeds/004_2b3a8d459449e757.txt');
    const PROJECT_6: RawGoal = { key: 'project-6', kind: 'project', number: 6, label: 'プロジェクト6', title: 'いきいき元気ライフプロジェクト', subtitle: null, line: 367 };
    // 004 lines 413 and 410 (事業名) and 393, 392 (指標).
    const noTheme = rawMeasure({ key: 'm-413', goalKey: 'project-6', title: '生活支援体制整備事業', line: 413 });
    const checkups = rawMeasure({ key: 'm-410', goalKey: 'project-6', title: '成人歯科検診事業', line: 410 });
    const volunteers = rawIndicator({ goalKey: 'project-6', name: '介護予防ボランティア登録者数', line: 393 });
    const guardianship = rawIndicator({ goalKey: 'project-6', name: '成年後見制度の認知度（介護・障がい福祉サービス事業所）', line: 392 });

    describe('with four records: health-welfare in 3, community-safety in 1, jobs in 1 (事業所)', () => {
      const out = assemblePlan(plan004, extracted({ goals: [PROJECT_6], measures: [noTheme, checkups], indicators: [volunteers, guardianship] }), new Set(), 2025);

      it('takes only the themes at least a third of them name (1 of 4 is not enough)', () => {
        expect(out.goals[0]!.themes).toEqual(['health-welfare']);
      });
      it('passes the filled themes on to a measure that names none', () => {
        expect(out.measures[0]!.themes).toEqual(['health-welfare']);
      });
    });

    describe('with three records: health-welfare in 2, community-safety in 1', () => {
      it('takes both, since 1 of 3 is a third', () => {
        const out = assemblePlan(plan004, extracted({ goals: [PROJECT_6], measures: [noTheme, checkups], indicators: [volunteers] }), new Set(), 2025);
        expect(out.goals[0]!.themes).toEqual(['health-welfare', 'community-safety']);
      });
    });

    describe('with records of another goal only', () => {
      it('stays without themes', () => {
        const elsewhere = rawIndicator({ goalKey: 'project-2', name: '不登校出現率（小学校）', line: 97 });
        const project2 = { ...PROJECT_6, key: 'project-2', number: 2, line: 90 };
        const out = assemblePlan(plan004, extracted({ goals: [PROJECT_6, project2], indicators: [elsewhere] }), new Set(), 2025);
        expect(out.goals[0]!.themes).toEqual([]);
      });
    });

    describe('with no records', () => {
      it('stays without themes', () => {
        expect(assemblePlan(plan004, extracted({ goals: [PROJECT_6] }), new Set(), 2025).goals[0]!.themes).toEqual([]);
      });
    });
  });

  describe('corrected goals', () => {
    const plan000 = planFromManifest(
      { ...MANIFEST_001, source: '000_df427b3fa16fc0bd.txt', id: 'g3-draft-summary', kind: 'draft-summary', generation: 3, status: 'draft', quirks: ['doubled-text', 'banner-goals', 'goals-by-order'] },
      'seeds/000_df427b3fa16fc0bd.txt',
    );
    // The goal seeds/corrections.yaml adds to 000 (lines 4–12), next to 基本目標1 (lines 410–411).
    const TOP: RawGoal = { key: 'top-priority', kind: 'top-priority', number: null, label: '最重点基本目標', title: '住んでみたい、住んでよかった、住み続けたいと誰もが思える「北斗市」', subtitle: null, line: 4, lineEnd: 12 };
    const B1: RawGoal = { key: 'basic-1', kind: 'basic', number: 1, label: '基本目標1', title: '充実する子育て支援により出会い・結婚・妊娠・出産・育児のイメージを描ける「まち」をつくる', subtitle: null, line: 410, lineEnd: 411 };
    const out = assemblePlan(plan000, extracted({ goals: [TOP, B1] }), new Set(['top-priority']), 2029);

    it('are marked corrected by their extraction key', () => {
      expect(out.goals.map((g) => [g.id, g.corrected])).toEqual([
        ['012360-g3-draft-summary-top-priority', true],
        ['012360-g3-draft-summary-basic-1', false],
      ]);
    });
    it('cite the correction’s lines', () => {
      expect(out.goals[0]!.source).toStrictEqual({ file: 'seeds/000_df427b3fa16fc0bd.txt', line: 4, lineEnd: 12 });
    });
    it('are classified like any goal (住み続け → migration)', () => {
      expect(out.goals[0]!.themes).toEqual(['migration']);
    });
  });

  describe('reviewed overrides (src/domain/overrides.ts)', () => {
    const plan003 = planFromManifest(
      { ...MANIFEST_001, source: '003_814edfe68be90aab.txt', municipality: '012165', id: 'g2-revision-2024', kind: 'revision' },
      'seeds/003_814edfe68be90aab.txt',
    );
    // 003 line 312: アプリ利用者数 (母子手帳アプリ, per the measure on line 300).
    const app = (line: number) => rawIndicator({ name: 'アプリ利用者数', target: rawTarget({ value: 190, unit: '名', fiscalYear: 2024 }), line });

    it('replace the themes and family of the record they name (L312)', () => {
      const i = assemblePlan(plan003, extracted({ indicators: [app(312)] }), new Set(), 2024).indicators[0]!;
      expect([i.id, i.themes, i.family]).toEqual(['012165-g2-revision-2024-L312', ['childcare', 'dx'], 'childcare-app-users']);
    });
    it('leave the same name on another line to the dictionaries (アプリ → dx, no family)', () => {
      const i = assemblePlan(plan003, extracted({ indicators: [app(313)] }), new Set(), 2024).indicators[0]!;
      expect([i.id, i.themes, i.family]).toEqual(['012165-g2-revision-2024-L313', ['dx'], null]);
    });
  });
});

describe('assemblePlan on records that do not refer to each other soundly', () => {
  const plan = planFromManifest(MANIFEST_004, 'seeds/004_2b3a8d459449e757.txt');
  // 004 line 367: プロジェクト6 いきいき元気ライフプロジェクト.
  const PROJECT_6: RawGoal = { key: 'project-6', kind: 'project', number: 6, label: 'プロジェクト6', title: 'いきいき元気ライフプロジェクト', subtitle: null, line: 367 };
  it('names the file, the line and the missing goal of an indicator', () => {
    const dangling = rawIndicator({ goalKey: 'project-9', name: '不登校出現率（小学校）', line: 97 });
    expect(() => assemblePlan(plan, extracted({ goals: [PROJECT_6], indicators: [dangling] }), new Set(), 2025)).toThrow(
      'seeds/004_2b3a8d459449e757.txt:97: expected the indicator\'s goal project-9 among the goals read',
    );
  });
  it('refuses two goals with one key', () => {
    expect(() => assemblePlan(plan, extracted({ goals: [PROJECT_6, { ...PROJECT_6, line: 120 }] }), new Set(), 2025)).toThrow('seeds/004_2b3a8d459449e757.txt:120: expected one goal per key, found goal project-6 again (first at line 367)');
  });
});
