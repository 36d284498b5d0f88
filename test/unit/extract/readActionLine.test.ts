import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../scripts/ingest/extract/extractRecords';
import { readActionLine } from '../../../scripts/ingest/extract/readActionLine';
import { rawMeasure } from '../../../scripts/ingest/extract/types';
import { seedSlice } from './seedSlice';

const measure = () => rawMeasure({ key: 'm-1', goalKey: 'basic-1', title: '企業立地等による雇用創出と地域経済の活性化', label: '(1)', line: 1 });

describe('readActionLine', () => {
  describe('a circled item', () => {
    it('opens an action with its text and line, and no details', () => {
      const m = measure();
      readActionLine(m, 10, '① 企業立地の促進');
      expect(m.actions).toEqual([{ text: '企業立地の促進', details: [], line: 10 }]);
    });
    it('reads an item without a space after the number (`③新函館北斗駅…`)', () => {
      const m = measure();
      readActionLine(m, 10, '③新函館北斗駅周辺における集客力の向上');
      expect(m.actions.map((a) => a.text)).toEqual(['新函館北斗駅周辺における集客力の向上']);
    });
    it('opens a new action for each item', () => {
      const m = measure();
      readActionLine(m, 10, '① 企業立地の促進');
      readActionLine(m, 14, '② 市内企業の雇用確保と雇用機会づくりの促進');
      expect(m.actions.map((a) => [a.text, a.line])).toEqual([
        ['企業立地の促進', 10],
        ['市内企業の雇用確保と雇用機会づくりの促進', 14],
      ]);
    });
  });

  describe('a bullet', () => {
    it('adds a detail, without its `- ・` marks, to the last action and extends its lines', () => {
      const m = measure();
      readActionLine(m, 10, '① 企業立地の促進');
      readActionLine(m, 12, '- ・ 立地企業への補助金交付や固定資産税の課税特例など、企業立地を促進する支援制度の利用拡大を図る。');
      readActionLine(m, 13, '- ・ 企業へのトップセールスや企業立地説明会等への参加による積極的な企業誘致活動を実施する。');
      expect(m.actions).toEqual([
        {
          text: '企業立地の促進',
          details: ['立地企業への補助金交付や固定資産税の課税特例など、企業立地を促進する支援制度の利用拡大を図る。', '企業へのトップセールスや企業立地説明会等への参加による積極的な企業誘致活動を実施する。'],
          line: 10,
          lineEnd: 13,
        },
      ]);
    });
    it('adds one detail per bullet of a line with several (`・A ・B`)', () => {
      const m = measure();
      readActionLine(m, 10, '① 企業立地の促進');
      readActionLine(m, 11, '・補助金の交付 ・説明会への参加');
      expect(m.actions[0]!.details).toEqual(['補助金の交付', '説明会への参加']);
    });
    it("before any item, opens an action named by the measure's title", () => {
      const m = measure();
      readActionLine(m, 5, '・立地企業への補助金交付を行う。');
      expect(m.actions).toEqual([{ text: m.title, details: ['立地企業への補助金交付を行う。'], line: 5, lineEnd: 5 }]);
    });
  });

  describe('a line without a bullet', () => {
    it('goes on with the detail before it', () => {
      const m = measure();
      readActionLine(m, 10, '① 企業立地の促進');
      readActionLine(m, 11, '・立地企業への補助金交付や固定資産税の課税特例など、');
      readActionLine(m, 12, '企業立地を促進する支援制度の利用拡大を図る。');
      expect(m.actions[0]!.details).toEqual(['立地企業への補助金交付や固定資産税の課税特例など、企業立地を促進する支援制度の利用拡大を図る。']);
      expect(m.actions[0]!.lineEnd).toBe(12);
    });
    it('is a first detail when the action has none yet', () => {
      const m = measure();
      readActionLine(m, 10, '① 企業立地の促進');
      readActionLine(m, 11, '企業誘致活動を実施する。');
      expect(m.actions[0]!.details).toEqual(['企業誘致活動を実施する。']);
    });
  });

  describe('a line of marks only', () => {
    it('adds nothing', () => {
      const m = measure();
      readActionLine(m, 10, '① 企業立地の促進');
      readActionLine(m, 11, '- ・');
      expect(m.actions).toEqual([{ text: '企業立地の促進', details: [], line: 10 }]);
    });
  });
});

describe('extractRecords: 施策の展開 and 【具体的取組】 (001)', () => {
  describe('measure (1) of 基本目標1 (lines 165–223)', () => {
    // 数値目標 (173–177) stands before the measures: its two statements are goal-level.
    const { doc, line } = seedSlice('001_c90401aa62130a51', [165, 223]);
    const r = extractRecords(doc);
    const [first, second] = r.measures;

    it('reads the two measures (1) and (2) under goal 1, and no measure for ①–④ or the numbered blocks', () => {
      expect(r.measures.map((m) => [m.label, m.title, m.goalKey, m.line])).toEqual([
        ['(1)', '企業立地等による雇用創出と地域経済の活性化', 'basic-1', line(185)],
        ['(2)', '北海道新幹線を活かした観光振興', 'basic-1', line(219)],
      ]);
    });
    it('reads the 数値目標 statements before the measures at goal level', () => {
      expect(r.indicators.filter((i) => i.level === 'goal').map((i) => [i.name, i.goalKey, i.measureKey, i.line])).toEqual([
        ['新規雇用増加数', 'basic-1', null, line(175)],
        ['納税義務者数(所得割・給与所得者)', 'basic-1', null, line(177)],
      ]);
    });
    it('reads the 施策の展開 paragraph as the description of (1)', () => {
      expect(first!.description).toBe(
        '立地適性に優れた新たな土地利用計画の策定や北斗市の立地環境を活かした企業誘致によって、雇用を創出するとともに、北海道新幹線札幌延伸を見据え、新函館北斗駅を中心に地域経済の活性化を図る施策を展開する。',
      );
    });
    it('reads the 基本的方向 paragraph as no description (it stands before any measure)', () => {
      expect(r.measures.some((m) => m.description?.startsWith('北海道新幹線をはじめ'))).toBe(false);
    });
    it('reads ①–④ under 【具体的取組】 as the actions of (1), with their lines', () => {
      expect(first!.actions.map((a) => [a.text, a.line, a.lineEnd])).toEqual([
        ['企業立地の促進', line(193), line(197)],
        ['市内企業の雇用確保と雇用機会づくりの促進', line(199), line(202)],
        ['新函館北斗駅周辺における集客力の向上', line(204), line(206)],
        [expect.stringMatching(/^追分 ?IC ?周辺の土地利用計画の策定$/), line(208), line(210)],
      ]);
    });
    it('reads each `- ・` bullet as a detail of its action', () => {
      expect(first!.actions.map((a) => a.details.length)).toEqual([3, 2, 1, 1]);
      expect(first!.actions[0]!.details[2]).toBe('新函館北斗駅周辺へのサテライトオフィス等の導入に関する調査・研究を進める。');
      expect(first!.actions[2]!.details[0]).toMatch(/^北斗市観光交流センターの集客力向上や.*魅力度向上を図る。$/);
    });
    it('ends the actions at the KPI block: its four statements are measure-level indicators of (1)', () => {
      expect(r.indicators.filter((i) => i.measureKey !== null).map((i) => [i.name, i.level, i.measureKey, i.line])).toEqual([
        ['企業立地数(新函館北斗駅周辺)', 'measure', first!.key, line(214)],
        ['雇用増加数(新函館北斗駅周辺)', 'measure', first!.key, line(215)],
        ['企業立地数(新函館北斗駅周辺以外)', 'measure', first!.key, line(216)],
        ['雇用増加数(新函館北斗駅周辺以外)', 'measure', first!.key, line(217)],
      ]);
      expect(first!.actions.flatMap((a) => a.details).some((d) => d.includes('企業立地数'))).toBe(false);
    });
    it('reads a letter-spaced `施 策 の 展 開` as the description heading of (2)', () => {
      expect(second!.description).toBe(
        '地域経済の活性化を図るため、豊かで美しい自然環境の活用や広域連携を図り、北海道新幹線による交通アクセスの優位性を活かした観光振興により、まちの魅力を高めながら観光入込客数を増やす。',
      );
      expect(second!.actions).toEqual([]);
    });
  });

  describe('measure (3) with ※ notes after its actions (lines 244–290)', () => {
    const { doc, line } = seedSlice('001_c90401aa62130a51', [165, 172], [244, 290]);
    const r = extractRecords(doc);
    const m = r.measures.find((x) => x.label === '(3)')!;

    it('joins the two 施策の展開 paragraphs line by line', () => {
      expect(m.description).toBe(
        '一次産業の高収益化をはじめとしたこれまでの取組を進化させる新たな視点からの施策展開を具現化できるよう関係機関との連携を強化する。\n' +
          'また、商工業における各種支援策を継続して実施するとともに、起業に対する新たな支援制度の創設により、地域経済の活性化を促進する。',
      );
    });
    it('reads four actions with 4, 3, 3 and 4 details', () => {
      expect(m.actions.map((a) => a.line)).toEqual([line(254), line(261), line(267), line(273)]);
      expect(m.actions.map((a) => a.details.length)).toEqual([4, 3, 3, 4]);
    });
    it('skips the `※` notes: no detail holds them and the last action ends at its last bullet', () => {
      const details = m.actions.flatMap((a) => a.details);
      expect(details.some((d) => d.includes('※') || d.includes('仮想空間') || d.startsWith('未来技術'))).toBe(false);
      expect(m.actions[3]!.lineEnd).toBe(line(278));
      expect(m.actions[3]!.details[3]).toBe('函館地域産業振興財団が実施する様々な事業へのさらなる協力を行うとともに、地元企業への情報提供等に努める。');
    });
    it('reads the KPI statements after the notes as indicators of (3)', () => {
      // Line 289 states two values (`2戸10.6ha`), split by the statement recognizers; only its key is checked here.
      expect(r.indicators.filter((i) => i.level === 'measure' && i.line !== line(289)).map((i) => [i.name, i.measureKey, i.line])).toEqual([
        ['自動換気装置導入ハウス棟数', m.key, line(286)],
        ['農家1戸当たり経営規模', m.key, line(287)],
        ['漁家1戸当たり水揚金額', m.key, line(288)],
        ['民有林整備面積', m.key, line(290)],
      ]);
      expect(r.indicators.filter((i) => i.line === line(289)).map((i) => i.measureKey)).not.toHaveLength(0);
      expect(new Set(r.indicators.filter((i) => i.line === line(289)).map((i) => i.measureKey))).toEqual(new Set([m.key]));
    });
  });
});
