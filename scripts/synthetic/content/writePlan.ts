import { eraYear, periodJa } from '../../../src/core/eraYear';
import { classifyThemes } from '../../../src/domain/classifyThemes';
import type { CoverageEntry } from '../../../src/schemas/coverage';
import type { Goal } from '../../../src/schemas/goal';
import type { Indicator } from '../../../src/schemas/indicator';
import type { Measure } from '../../../src/schemas/measure';
import type { Municipality } from '../../../src/schemas/municipality';
import type { NationalGoal } from '../../../src/schemas/nationalGoal';
import type { Plan } from '../../../src/schemas/plan';
import type { PublishedCorrection } from '../../../src/schemas/correction';
import type { ThemeId } from '../../../src/schemas/themes';
import { stem } from '../recombine';
import type { Rng } from '../rng';
import type { IndicatorTemplate, QualitativeTemplate } from './indicatorCatalogue';
import type { ContentPhrases } from './phrasePool';
import { sourceText } from './sourceText';
import { writeIndicator, writeQualitative, type IndicatorPlace } from './writeIndicator';
import { residentWord } from './writtenForms';

/** An indicator a plan will state: a numeric template or a target in words, with its name for this town. */
export type IndicatorPick = { template: IndicatorTemplate; qualitative?: undefined; name: string } | { template?: undefined; qualitative: QualitativeTemplate; name: string };

/** What one plan of one town is to contain. */
export interface PlanSpec {
  municipality: Municipality;
  generation: 1 | 2 | 3;
  draft: boolean;
  picks: readonly IndicatorPick[];
  /** The national goals its text quotes (those of its generation). */
  nationalGoals: readonly NationalGoal[];
  /** The last fiscal year with results to report. */
  reportedUntil: number;
}

/** One plan with its records, the lines of its source text and where it quotes the national goals. */
export interface WrittenPlan {
  plan: Plan;
  goals: Goal[];
  measures: Measure[];
  indicators: Indicator[];
  coverage: CoverageEntry[];
  /** A correction without its id (numbered once all plans are written). */
  corrections: Omit<PublishedCorrection, 'id'>[];
  lines: readonly string[];
  /** National goal id → the line quoting it. */
  quotes: Map<string, number>;
}

/** Lines that look like targets but are another body's (shown in the coverage report), with why. */
const QUOTED_TARGETS: readonly { line: string; reason: string }[] = [
  { line: '（参考）国の目標：2050年までに温室効果ガス排出量を実質ゼロ', reason: '国の目標の引用で、この自治体の数値目標・KPIではない（合成データ）。' },
  { line: '（参考）県の目標：合計特殊出生率1.80（R12）', reason: '県の目標の引用で、この自治体の数値目標・KPIではない（合成データ）。' },
  { line: '（参考）全国平均：高齢化率28.6％（R2）', reason: '比較のための全国の値で、目標ではない（合成データ）。' },
];

const TITLES: Record<1 | 2 | 3, (name: string) => string> = {
  1: (name) => `${name}まち・ひと・しごと創生総合戦略`,
  2: (name) => `第2期${name}まち・ひと・しごと創生総合戦略`,
  3: (name) => `第3期${name}総合戦略（デジタル田園都市国家構想総合戦略）`,
};

/** Doubles every character, as bold type comes out of some PDFs: `doubled('人口')` → '人人口口'. */
function doubled(text: string): string {
  return [...text].map((c) => c + c).join('');
}

/**
 * Writes one synthetic plan: its text line by line (cover, period, the national goals it quotes,
 * then per goal its 数値目標 and its measures with actions and KPIs) and every record cited at the
 * line that states it. Now and then a goal heading comes out doubled and is corrected, and a quoted
 * target of another body is listed in the coverage report.
 */
export function writePlan(spec: PlanSpec, phrases: ContentPhrases, rng: Rng): WrittenPlan {
  const m = spec.municipality;
  const text = sourceText();
  const start = 2015 + 5 * (spec.generation - 1);
  const fill = (s: string) => s.replaceAll('{city}', stem(m.name)).replaceAll('{resident}', residentWord(m.name));
  const file = `seeds/synthetic_${m.code}_g${spec.generation}.txt`;
  const title = TITLES[spec.generation](m.name);
  text.add(title);
  text.add(`${m.prefecture}${m.name}`);
  const publishedLine = text.add(`${eraYear(start - 1)}年3月`);
  text.add('');
  const period = `計画期間：${periodJa(start, start + 4)}`;
  const periodLine = text.add(period);
  const plan: Plan = {
    id: `${m.code}-g${spec.generation}-${spec.draft ? 'draft-summary' : 'strategy'}`,
    municipality: m.code,
    title,
    kind: spec.draft ? 'draft-summary' : 'strategy',
    generation: spec.generation,
    status: spec.draft ? 'draft' : 'adopted',
    published: `${start - 1}-03`,
    publishedSource: `表紙「${eraYear(start - 1)}年3月」(line ${publishedLine})`,
    url: null,
    urlKind: null,
    urlNote: '合成データ（ベンチマーク用の架空の計画）のため、元の公開資料はありません。',
    urlChecked: null,
    periodStart: start,
    periodEnd: start + 4,
    periodSource: `本文「${period}」(line ${periodLine})`,
    revises: null,
    previousPlan: null,
    sourceFile: file,
    quirks: [],
    notes: null,
  };
  text.add('');
  text.add('国の総合戦略の基本目標');
  const quotes = new Map<string, number>();
  for (const g of spec.nationalGoals) quotes.set(g.id, text.add(`${g.kind === 'basic' ? '基本目標' : '横断的な目標'}${g.number} ${g.title}`));
  const coverage: CoverageEntry[] = [];
  if (rng.next() < 0.25) {
    const quoted = rng.pick(QUOTED_TARGETS);
    coverage.push({ file, line: text.add(quoted.line), text: quoted.line.normalize('NFKC'), reason: quoted.reason });
  }
  text.add('');

  // Goals first, so that each indicator can join a goal on its themes.
  const goalCount = Math.max(3, Math.min(6, Math.round(spec.picks.length / 14)));
  const goalTitles = Array.from({ length: goalCount }, () => fill(rng.pick(phrases.goalTitles)));
  const crossCutting = rng.next() < 0.2;
  if (crossCutting) goalTitles.push(fill(rng.pick(phrases.goalTitles)));
  const goalThemes = goalTitles.map((t) => classifyThemes(t));
  const byGoal: IndicatorPick[][] = goalTitles.map(() => []);
  for (const pick of spec.picks) {
    const themes = classifyThemes(pick.name);
    const fitting = goalThemes.flatMap((gt, i) => (gt.some((t) => themes.includes(t)) ? [i] : []));
    byGoal[fitting.length > 0 ? rng.pick(fitting) : rng.int(0, goalTitles.length - 1)]!.push(pick);
  }

  const goals: Goal[] = [];
  const measures: Measure[] = [];
  const indicators: Indicator[] = [];
  const corrections: Omit<PublishedCorrection, 'id'>[] = [];
  const correctedGoal = rng.next() < 0.03 ? 0 : -1;
  goalTitles.forEach((goalTitle, k) => {
    const cross = crossCutting && k === goalTitles.length - 1;
    const number = cross ? 1 : k + 1;
    const kind = cross ? 'cross-cutting' : 'basic';
    const label = `${cross ? '横断的な目標' : '基本目標'}${number}`;
    const line = text.add(`${label} ${k === correctedGoal ? doubled(goalTitle) : goalTitle}`);
    const goal: Goal = {
      id: `${plan.id}-${kind}-${number}`,
      plan: plan.id,
      municipality: m.code,
      kind,
      number,
      label,
      title: goalTitle,
      subtitle: null,
      themes: goalThemes[k]!,
      source: { file, line },
      corrected: k === correctedGoal,
    };
    if (k === correctedGoal) {
      corrections.push({
        source: file,
        record: 'goal',
        key: `${kind}-${number}`,
        line,
        set: { title: goalTitle },
        reason: '見出しの文字が二重に出力されていて（太字の抽出の跡）、本文から題をそのまま読めないため、一字ずつに直した題を記録しました（合成データ）。',
      });
    }
    goals.push(goal);
    const own = byGoal[k]!;
    const atGoal = Math.min(own.length, rng.int(1, 3));
    const place = (measure: string | null, inherited: readonly ThemeId[]): IndicatorPlace => ({ plan, goal: goal.id, measure, inherited, population: m.population.count, reportedUntil: spec.reportedUntil });
    const write = (pick: IndicatorPick, where: IndicatorPlace) =>
      indicators.push(pick.template ? writeIndicator(pick.template, pick.name, where, text, rng) : writeQualitative(pick.qualitative, pick.name, where, text));
    if (atGoal > 0) text.add('数値目標');
    for (const pick of own.slice(0, atGoal)) write(pick, place(null, goal.themes));
    const kpis = own.slice(atGoal);
    const measureCount = Math.max(2, Math.min(8, Math.ceil(kpis.length / rng.int(1, 3))));
    const perMeasure: IndicatorPick[][] = Array.from({ length: measureCount }, () => []);
    kpis.forEach((pick, i) => perMeasure[i % measureCount]!.push(pick));
    text.add('具体的な施策');
    perMeasure.forEach((picks, j) => {
      const real = rng.pick(phrases.measures);
      const measureTitle = fill(real.title);
      const line = text.add(`(${j + 1}) ${measureTitle}`);
      const id = `${plan.id}-m-${line}`;
      const description = real.description === null || rng.next() < 0.3 ? null : fill(real.description);
      if (description !== null) for (const part of description.split('\n')) text.add(part);
      const actions = Array.from({ length: rng.next() < 0.5 ? rng.int(1, 3) : 0 }, (_, a) => {
        const action = rng.pick(phrases.actions);
        const actionText = fill(action.text);
        const actionLine = text.add(`${'①②③'[a]} ${actionText}`);
        const details = action.details.slice(0, rng.int(0, 2)).map(fill);
        for (const d of details) for (const part of d.split('\n')) text.add(`・${part}`);
        return { text: actionText, details, source: { file, line: actionLine } };
      });
      const own = classifyThemes(`${measureTitle} ${description ?? ''}`);
      const themes = own.length > 0 ? own : goal.themes;
      measures.push({
        id,
        plan: plan.id,
        municipality: m.code,
        goal: goal.id,
        label: `(${j + 1})`,
        title: measureTitle,
        group: null,
        description,
        department: rng.next() < 0.3 ? rng.pick(['企画課', '商工観光課', '子育て支援課', '農林課', '地域振興課', '健康福祉課']) : null,
        schedule: [],
        isNew: rng.next() < 0.1,
        actions,
        themes,
        source: { file, line },
        corrected: false,
      });
      if (picks.length > 0) text.add('重要業績評価指標(KPI)');
      for (const pick of picks) write(pick, place(id, themes));
    });
    text.add('');
  });
  return { plan, goals, measures, indicators, coverage, corrections, lines: text.lines, quotes };
}
