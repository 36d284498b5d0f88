import type { Actual } from '../../../src/schemas/indicator';
import type { SourceLine } from '../read/SourceDoc';
import { field, fiscalYear, lineRange, NONE } from './formatField';
import { html, type Html } from './html';
import type { ReviewIndicator } from './ReviewData';
import { renderSourceExcerpt } from './renderSourceExcerpt';

const LEVELS = { goal: '数値目標 goal', measure: 'KPI measure' } as const;

/** The results a document reports for an indicator, as a table (nothing when it reports none). */
function renderActuals(actuals: readonly Actual[]): Html | string {
  if (actuals.length === 0) return '';
  return html`<table class="fields actuals">
<caption>実績 actuals (${actuals.length})</caption>
<thead><tr><th scope="col">text 記載</th><th scope="col">value 値</th><th scope="col">period 時点</th><th scope="col">FY 年度</th><th scope="col">line 行</th></tr></thead>
<tbody>
${actuals.map((a) => html`<tr><td>${a.text}</td><td>${field(a.value)}</td><td>${field(a.period)}</td><td>${fiscalYear(a.fiscalYear)}</td><td>${a.line}</td></tr>\n`)}</tbody>
</table>`;
}

/** The target's fiscal year, with a badge when it was taken from the plan period rather than the text. */
function targetYear(indicator: ReviewIndicator): Html {
  const { fiscalYear: fy, impliedByPlanPeriod } = indicator.target;
  return html`${fiscalYear(fy)}${impliedByPlanPeriod ? html` <span class="implied">計画期間から implied by plan period</span>` : fy !== null ? html` <span class="none">（本文 from the text）</span>` : ''}`;
}

/**
 * One indicator: its fields (what the extractor read) beside the source lines it came from.
 * The element's id is the indicator's id, so the outline can link to it.
 */
export function renderIndicator(indicator: ReviewIndicator, lines: readonly SourceLine[], uncovered: ReadonlySet<number>): Html {
  const { baseline, target } = indicator;
  const cumulative = target.perYear !== null || target.years !== null;
  return html`<article class="indicator" id="${indicator.id}">
<h5><span class="lines">${lineRange(indicator.source)}</span> ${indicator.name}</h5>
<p class="meta">id ${indicator.id} · themes ${indicator.themes.length > 0 ? indicator.themes.join(', ') : NONE} · family ${field(indicator.family)}</p>
<div class="pair">
<div>
<table class="fields">
<caption>指標 indicator</caption>
<tbody>
<tr><th scope="row">name 名称</th><td>${indicator.name}</td></tr>
<tr><th scope="row">level 区分</th><td>${LEVELS[indicator.level]}</td></tr>
<tr><th scope="row">unit 単位</th><td>${field(indicator.unit)}</td></tr>
</tbody>
</table>
<table class="fields values">
<caption>基準値と目標 baseline and target</caption>
<thead><tr><td></td><th scope="col">基準値 baseline</th><th scope="col">目標 target</th></tr></thead>
<tbody>
<tr><th scope="row">kind 種類</th><td>${NONE}</td><td>${target.kind}</td></tr>
<tr><th scope="row">value 値</th><td>${field(baseline.value)}</td><td>${field(target.value)}</td></tr>
<tr><th scope="row">max 上限</th><td>${NONE}</td><td>${field(target.valueMax)}</td></tr>
<tr><th scope="row">period 時点</th><td>${field(baseline.period)}</td><td>${field(target.period)}</td></tr>
<tr><th scope="row">basis 数え方</th><td>${NONE}</td><td>${target.basis}</td></tr>
<tr><th scope="row">FY 年度</th><td>${fiscalYear(baseline.fiscalYear)}</td><td>${targetYear(indicator)}</td></tr>
${cumulative ? html`<tr><th scope="row">per year × years 累計</th><td>${NONE}</td><td>${field(target.perYear)} × ${field(target.years)}</td></tr>\n` : ''}<tr><th scope="row">note 注記</th><td>${field(baseline.note)}</td><td>${field(target.note)}</td></tr>
</tbody>
</table>
${renderActuals(indicator.actuals)}
</div>
${renderSourceExcerpt(lines, indicator.source, uncovered)}
</div>
</article>`;
}
