import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeLine } from '../../../scripts/ingest/clean/normalizeLine';
import { runIngest, type IngestOutput } from '../../../scripts/ingest/pipeline/runIngest';
import type { Indicator } from '../../../src/schemas/indicator';

let output: IngestOutput;
beforeAll(async () => {
  output = await runIngest(process.cwd());
});

/** The indicator with this id (fails the test when absent). */
function indicator(id: string): Indicator {
  const found = output.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

/** A compact view of an indicator for hand-written expectations. */
function view(id: string) {
  const i = indicator(id);
  return {
    name: i.name,
    unit: i.unit,
    baseline: [i.baseline.value, i.baseline.period, i.baseline.fiscalYear],
    target: [i.target.kind, i.target.value, i.target.valueMax, i.target.fiscalYear, i.target.impliedByPlanPeriod],
    line: i.source.line,
  };
}

describe('record counts per document', () => {
  it('reads every goal and every numerical target of the five seeds', () => {
    const count = (plan: string) => [
      output.goals.filter((g) => g.plan === plan).length,
      output.measures.filter((m) => m.plan === plan).length,
      output.indicators.filter((i) => i.plan === plan).length,
    ];
    expect(count('012360-g2-strategy')).toEqual([4, 13, 42]);
    expect(count('012360-g3-draft-summary')).toEqual([3, 21, 2]);
    expect(count('112330-g2-strategy-slides')).toEqual([6, 24, 40]);
    expect(count('012165-g2-revision-2024')).toEqual([3, 9, 9]);
    // 106 事業 rows: Nos. 9–10 (lines 71–72) and 12–13 (362–363) stand below a repeated page heading.
    expect(count('032069-action-plan-2021')).toEqual([10, 106, 74]);
  });
  it('leaves no coverage entry unexplained', () => {
    expect(output.coverage.filter((c) => c.reason === null)).toEqual([]);
  });
});

describe('北斗市 第2期 (001, narrative with ⇒ lines)', () => {
  it('reads a KPI with a 万人 unit and an H30 baseline (line 241)', () => {
    expect(view('012360-g2-strategy-L241')).toEqual({
      name: '観光入込客数',
      unit: '万人',
      baseline: [76, 'H30', 2018],
      target: ['number', 90, null, 2024, true],
      line: 241,
    });
  });
  it('reads △55人 → 均衡 as a zero-balance target (line 302)', () => {
    expect(view('012360-g2-strategy-L302')).toMatchObject({ baseline: [-55, 'H30', 2018], target: ['zero-balance', null, null, 2024, true] });
  });
  it('reads 500人（100人／年×5年） as a cumulative target on a wrapped line (378–379)', () => {
    const i = indicator('012360-g2-strategy-L378');
    expect([i.target.value, i.target.perYear, i.target.years, i.unit, i.source.lineEnd]).toEqual([500, 100, 5, '人', 379]);
  });
  it('splits 小学校 … 中学校 … into two indicators (lines 520–523)', () => {
    expect(view('012360-g2-strategy-L520-1')).toMatchObject({ name: '不登校児童生徒数の割合（小学校）', baseline: [0.28, 'H30', 2018], target: ['number', 0.14, null, 2024, true] });
    expect(view('012360-g2-strategy-L520-2')).toMatchObject({ name: '不登校児童生徒数の割合（中学校）', baseline: [6.4, 'H30', 2018], target: ['number', 3.2, null, 2024, true] });
  });
  it('splits two statements flattened onto one HTML line (line 530)', () => {
    expect(view('012360-g2-strategy-L530-1')).toMatchObject({ name: '出会いの場創出イベント参加者数', target: ['number', 100, null, 2024, true] });
    expect(view('012360-g2-strategy-L530-2')).toMatchObject({ name: '結婚率', unit: '‰', baseline: [3.6, 'H30', 2018], target: ['number', 4.5, null, 2024, true] });
    expect(indicator('012360-g2-strategy-L530-2').target.note).toBe('北海道水準(H29)');
  });
  it('reads R2.1 (January 2020) as fiscal year 2019 (line 463)', () => {
    expect(view('012360-g2-strategy-L463')).toMatchObject({ unit: '名', baseline: [470, 'R2.1', 2019], target: ['number', 970, null, 2024, true] });
  });
  it('reads 6.6人（維持） as a maintain target (line 621)', () => {
    expect(view('012360-g2-strategy-L621').target).toEqual(['maintain', 6.6, null, 2024, true]);
  });
  it('reads the goal headings with their sub-titles', () => {
    const goal = output.goals.find((g) => g.id === '012360-g2-strategy-basic-2')!;
    expect([goal.label, goal.title, goal.subtitle, goal.source.line]).toEqual(['基本目標2', '北斗市らしさを活かして人を呼び込み・呼び戻す', '新しい人の流れをつくる', 294]);
  });
});

describe('北斗市 第3期 draft leaflet (000)', () => {
  it('reads 200～220人（令和11年） as a range with its own year (line 764)', () => {
    expect(view('012360-g3-draft-summary-L764')).toEqual({
      name: '出生数',
      unit: '人',
      baseline: [187, '令和5年', 2023],
      target: ['range', 200, 220, 2029, false],
      line: 764,
    });
  });
  it('links the station-area companies to their 第2期 self (31 → 50, then 34 in 令和5年)', () => {
    const later = indicator('012360-g3-draft-summary-L767');
    expect([later.baseline.value, later.target.value, later.previous]).toEqual([34, 45, '012360-g2-strategy-L214']);
    const earlier = indicator('012360-g2-strategy-L214');
    expect([earlier.baseline.value, earlier.target.value]).toEqual([31, 50]);
  });
  it('takes the garbled top-priority goal from the corrections layer, flagged', () => {
    const goal = output.goals.find((g) => g.id === '012360-g3-draft-summary-top-priority')!;
    expect([goal.corrected, goal.label, goal.source.line]).toEqual([true, '最重点基本目標', 4]);
  });
});

describe('北本市 slides (002, tables with wrapped cells)', () => {
  it('joins a name wrapped over a blank line (lines 320–322)', () => {
    expect(view('112330-g2-strategy-slides-L320')).toMatchObject({ name: '25歳から34歳までの女性の社会増減', unit: '人', baseline: [-40, null, null], target: ['number', 0, null, 2025, true] });
  });
  it('reads ↑ as an increase target and ― as no baseline (line 366)', () => {
    expect(view('112330-g2-strategy-slides-L366')).toMatchObject({ name: '子どもの放課後等の居場所があると思う保護者の割合', baseline: [null, null, null], target: ['increase', null, null, 2025, true] });
  });
  it('takes a baseline year on the continuation line (453–454)', () => {
    expect(view('112330-g2-strategy-slides-L453')).toMatchObject({ unit: '万円', baseline: [168, 'R1', 2019], target: ['number', 276, null, 2025, true] });
  });
  it('keeps the first of two conflicting page headings for 基本目標2', () => {
    const goal = output.goals.find((g) => g.id === '112330-g2-strategy-slides-basic-2')!;
    expect(goal.title).toBe('若い世代の出産・子育ての希望をかなえる');
    expect(output.coverage.some((c) => c.line === 376 && /the one at line 354, which has the records, is kept/.test(c.reason ?? ''))).toBe(true);
  });
  it('links a KPI to the policy named in its last cell', () => {
    expect(indicator('112330-g2-strategy-slides-L530').measure).toBe('112330-g2-strategy-slides-p-6-3-5');
  });
});

describe('芦別市 revision (003, measure blocks)', () => {
  it('reads ５年間で２５０件 as a cumulative target with the header years', () => {
    const i = indicator('012165-g2-revision-2024-L156');
    expect([i.name, i.baseline.value, i.baseline.fiscalYear, i.target.value, i.target.years, i.target.fiscalYear]).toEqual(['助成件数', 50, 2018, 250, 5, 2024]);
  });
  it('reads 基準値を維持 as maintain and 未策定 as a wordy baseline', () => {
    expect(view('012165-g2-revision-2024-L344').target[0]).toBe('maintain');
    const plan = indicator('012165-g2-revision-2024-L392');
    expect([plan.baseline.note, plan.target.kind, plan.target.fiscalYear]).toEqual(['未策定', 'qualitative', 2024]);
  });
});

describe('北上市 action plan (004, tab-separated tables)', () => {
  it('reads 25億4,000万円（R1） → 26億4,300万円（R5） in 億円 with the cells’ own years', () => {
    expect(view('032069-action-plan-2021-L241')).toMatchObject({ unit: '億円', baseline: [25.4, 'R1', 2019], target: ['number', 26.43, null, 2023, false] });
  });
  it('reads header years for cells without their own (R1年度 → R7年度)', () => {
    expect(view('032069-action-plan-2021-L40')).toMatchObject({ baseline: [64.1, 'R1年度', 2019], target: ['number', 65, null, 2025, false] });
  });
  it('reads programme rows as measures with department, schedule and 新規', () => {
    const m = output.measures.find((x) => x.id === '032069-action-plan-2021-m-192')!;
    expect([m.title, m.department, m.schedule, m.isNew]).toEqual(['陸上競技備品購入事業', 'スポーツ推進課', [2025], true]);
  });
});

describe('traceability', () => {
  const lines = new Map<string, string[]>();
  const sourceText = (file: string, from: number, to: number) => {
    if (!lines.has(file)) lines.set(file, readFileSync(file, 'utf8').split('\n').map(normalizeLine));
    return lines.get(file)!.slice(from - 1, to).join(' ').replace(/,/g, '').replace(/\s+/g, '');
  };
  it('finds every stated target value on its source lines', () => {
    const missing = output.indicators
      .filter((i) => i.target.value !== null && !/億/.test(i.unit))
      .filter((i) => !sourceText(i.source.file, i.source.line, i.source.lineEnd ?? i.source.line).includes(String(i.target.value)))
      .map((i) => i.id);
    expect(missing).toEqual([]);
  });
  it('finds every stated baseline value on its source lines', () => {
    const missing = output.indicators
      .filter((i) => i.baseline.value !== null && !/億/.test(i.unit))
      .filter((i) => !sourceText(i.source.file, i.source.line, i.source.lineEnd ?? i.source.line).includes(String(Math.abs(i.baseline.value!))))
      .map((i) => i.id);
    expect(missing).toEqual([]);
  });
});
