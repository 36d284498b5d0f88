import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { reviewCoverage } from '../../../scripts/ingest/review/reviewCoverage';
import { collectReview } from '../../../scripts/ingest/review/collectReview';
import { renderReview } from '../../../scripts/ingest/review/renderReview';
import { doc, goal, indicator, measure, PLAN } from './records';

const HOSTILE = '<script>alert("x")</script>';

/** 14 lines: a goal with one target (lines 5–6), a measure with a KPI (line 12), one target line nobody read (9). */
const DOC = doc([
  'テスト町 総合戦略', // 1
  '', // 2
  `基本目標1 ${HOSTILE}のまち`, // 3
  '■ 数値目標', // 4
  `転入者数 ${HOSTILE}`, // 5
  '現状値(H30) 10人 目標値 20人', // 6
  '', // 7
  '(1) 移住の促進', // 8
  '観光入込客数 ⇒ 現状値(H30) 76万人 目標数値 90万人', // 9
  '', // 10
  'KPI', // 11
  '移住相談件数\t現状値(H30) 5件\t目標値 8件', // 12
  '', // 13
  '以上', // 14
]);
const GOAL = goal({ id: `${PLAN}-basic-1`, label: '基本目標1', title: `${HOSTILE}のまち` }, 3);
const MEASURE = measure({ id: `${PLAN}-m-8`, label: '(1)', title: '移住の促進', goal: GOAL.id }, 8);
const FIRST = indicator({ name: `転入者数 ${HOSTILE}`, goal: GOAL.id, measure: null, target: { ...indicator({ name: 'x', goal: null, measure: null }, 1).target, note: '約' } }, 5, 6);
const SECOND = indicator(
  {
    name: '移住相談件数',
    goal: GOAL.id,
    measure: MEASURE.id,
    unit: '件',
    unitBase: '件',
    target: {
      kind: 'number', value: 8, valueBase: 8, valueMax: null, valueMaxBase: null, period: 'R6', fiscalYear: 2024,
      impliedByPlanPeriod: false, perYear: null, perYearBase: null, years: null, note: null, basis: 'total',
    },
    actuals: [{ value: 6, valueBase: 6, text: `6件${HOSTILE}`, period: 'R2', fiscalYear: 2020, line: 12 }],
  },
  12,
);
const MUNICIPALITY = { code: '012360', name: '北斗市', prefecture: '北海道' };

function page(extraction: Parameters<typeof collectReview>[2] = { plan: { id: PLAN, periodStart: 2020, periodEnd: 2024 }, goals: [GOAL], measures: [MEASURE], indicators: [SECOND, FIRST], coverage: reviewCoverage(DOC, [SECOND, FIRST]) }) {
  return renderReview(collectReview(DOC, MUNICIPALITY, extraction));
}

/** The <article> of one indicator. */
function article(html: string, id: string): string {
  const match = new RegExp(`<article class="indicator" id="${id}">[\\s\\S]*?</article>`).exec(html);
  if (!match) throw new Error(`no article ${id}`);
  return match[0];
}

/** Line numbers of the rows of an excerpt, and of its highlighted rows. */
function rows(fragment: string) {
  const all = [...fragment.matchAll(/<tr(?: class="hit")?><th scope="row">(\d+)<\/th>/g)].map((m) => Number(m[1]));
  const hit = [...fragment.matchAll(/<tr class="hit"><th scope="row">(\d+)<\/th>/g)].map((m) => Number(m[1]));
  return { all, hit };
}

describe('renderReview', () => {
  const html = page();

  it('is a self-contained Japanese page: lang, viewport, no script, nothing loaded from anywhere', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="ja">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).not.toMatch(/<script|<link|<img|\ssrc=|href="(?!#)/i);
  });

  it('lets only its own stylesheet apply (the CSP hash is that of the <style>)', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)![1]!.replaceAll('&#39;', "'");
    expect(csp).toBe(`default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`);
  });

  it('shows hostile document text as text, in headings, fields, source lines and actuals', () => {
    expect(html).not.toContain('<script>');
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;';
    expect(html).toContain(`<h3 id="run-${GOAL.id}">基本目標1 ${escaped}のまち`);
    expect(article(html, FIRST.id)).toContain(`<td>転入者数 ${escaped}</td>`);
    expect(article(html, FIRST.id)).toContain(`<td><mark>転入者数 ${escaped}</mark></td>`);
    expect(article(html, SECOND.id)).toContain(`<td>6件${escaped}</td>`);
  });

  it('has the header: file, encoding, municipality, plan period and the four counts', () => {
    expect(html).toContain('<td>town.txt</td>');
    expect(html).toContain('<td>SJIS</td>');
    expect(html).toContain('<td>北斗市（北海道、012360）</td>');
    expect(html).toContain('2020〜2024年度（令和2〜令和6年度）');
    expect(html).toContain('<tbody><tr><td>1</td><td>1</td><td>2</td><td>1</td></tr></tbody>');
  });

  it('numbers and highlights the lines of each indicator, with 2 lines of context', () => {
    expect(rows(article(html, FIRST.id))).toEqual({ all: [3, 4, 5, 6, 7, 8], hit: [5, 6] });
    expect(rows(article(html, SECOND.id))).toEqual({ all: [10, 11, 12, 13, 14], hit: [12] });
  });

  it('shows the fields, the implied fiscal year and the actuals only where there are some', () => {
    const first = article(html, FIRST.id);
    expect(first).toContain('<tr><th scope="row">level 区分</th><td>数値目標 goal</td></tr>');
    expect(first).toContain('<tr><th scope="row">value 値</th><td>10</td><td>20</td></tr>');
    expect(first).toContain('<tr><th scope="row">note 注記</th><td><span class="none">—</span></td><td>約</td></tr>');
    expect(first).toMatch(/2024（令和6年度） <span class="implied">計画期間から implied by plan period<\/span>/);
    expect(first).not.toContain('actuals');
    const second = article(html, SECOND.id);
    expect(second).toContain('<tr><th scope="row">level 区分</th><td>KPI measure</td></tr>');
    expect(second).not.toContain('class="implied"');
    expect(second).toMatch(/<caption>実績 actuals \(1\)<\/caption>\n<thead><tr><th scope="col">text 記載<\/th><th scope="col">value 値<\/th>/);
  });

  it('lists indicators in source order under their goal and measure', () => {
    const order = [...html.matchAll(/<h[345][^>]*>(.*?)<\/h[345]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').slice(0, 12));
    const [goalAt, goalLevelAt, firstAt, measureAt, secondAt] = [
      order.findIndex((h) => h.startsWith('基本目標1')),
      order.indexOf('目標の数値目標 goal'),
      order.findIndex((h) => h.startsWith('L5–6 転入者数')),
      order.findIndex((h) => h.startsWith('(1) 移住の促進')),
      order.findIndex((h) => h.startsWith('L12 移住相談件数')),
    ];
    expect([goalAt, goalLevelAt, firstAt, measureAt, secondAt].every((i) => i >= 0)).toBe(true);
    expect([goalAt, goalLevelAt, firstAt, measureAt, secondAt]).toEqual([...[goalAt, goalLevelAt, firstAt, measureAt, secondAt]].sort((a, b) => a - b));
  });

  it('lists the uncovered target line with its number and reason, and flags it in the context it appears in', () => {
    const section = /<section aria-labelledby="uncovered">[\s\S]*?<\/section>/.exec(html)![0];
    expect([...section.matchAll(/<tr id="L(\d+)">/g)].map((m) => Number(m[1]))).toEqual([9]);
    expect(section).toContain('<th scope="row">9</th><td class="text">観光入込客数 ⇒ 現状値(H30) 76万人 目標数値 90万人</td><td class="reason">未説明 unexplained</td>');
    expect(html).not.toMatch(/<tr id="L(5|6|12)">/);
    expect(article(html, FIRST.id)).not.toContain('未読');
  });

  it('outlines goals and measures with their indicator counts', () => {
    const outline = /<ol class="outline">[\s\S]*?<\/ol>/.exec(html)![0];
    expect(outline).toContain(`<strong>基本目標1</strong> &lt;script&gt;`);
    expect(outline).toContain(`数値目標 1 · 施策 1 · <a href="#run-${GOAL.id}">指標 2</a>`);
    expect(outline).toContain(`(1) 移住の促進 <span class="meta">L8 · <a href="#run-${MEASURE.id}">指標 1</a>`);
  });

  it('says the plan period was not found when the extraction has none', () => {
    const none = page({ plan: { id: PLAN, periodStart: 0, periodEnd: 0 }, goals: [], measures: [], indicators: [], coverage: reviewCoverage(DOC, []) });
    expect(none).toContain('<strong>not found 見つからず</strong>');
    expect(none).toContain('<tbody><tr><td>0</td><td>0</td><td>0</td><td>3</td></tr></tbody>');
  });

  it('still lists the lines that look like targets when extraction failed, with the failure escaped', () => {
    const failed = page({ failure: `town.txt: expected a known layout, found "${HOSTILE}"` });
    expect(failed).toContain('<div class="failure" role="alert">');
    expect(failed).toContain('found &quot;&lt;script&gt;');
    expect([...failed.matchAll(/<tr id="L(\d+)">/g)].map((m) => Number(m[1]))).toEqual([6, 9, 12]);
    expect(failed).toContain('<tbody><tr><td>0</td><td>0</td><td>0</td><td>3</td></tr></tbody>');
  });
});
