import type { SourceLine } from '../read/SourceDoc';
import { field, fiscalYear, lineRange, NONE } from './formatField';
import { html, type Html } from './html';
import type { ReviewIndicator } from './ReviewData';
import { renderSourceExcerpt } from './renderSourceExcerpt';

const LEVELS = { goal: '数値目標 goal', measure: 'KPI measure' } as const;

/** A value of unknown shape (an `actuals` entry): scalars as written, anything else as JSON. */
function anyValue(value: unknown): Html | string {
  if (value === null || value === undefined) return NONE;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** `actuals` of whatever shape the extractor gives: a list of objects as a table, else as text. */
function renderActuals(actuals: unknown): Html {
  const rows = Array.isArray(actuals) ? actuals : null;
  if (rows && rows.length > 0 && rows.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r))) {
    const keys = [...new Set(rows.flatMap((r) => Object.keys(r as object)))];
    return html`<table class="fields actuals">
<caption>実績 actuals (${rows.length})</caption>
<thead><tr>${keys.map((k) => html`<th scope="col">${k}</th>`)}</tr></thead>
<tbody>
${rows.map((r) => html`<tr>${keys.map((k) => html`<td>${anyValue((r as Record<string, unknown>)[k])}</td>`)}</tr>\n`)}</tbody>
</table>`;
  }
  return html`<table class="fields actuals"><caption>実績 actuals</caption><tbody><tr><th scope="row">actuals</th><td>${anyValue(actuals)}</td></tr></tbody></table>`;
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
<tr><th scope="row">FY 年度</th><td>${fiscalYear(baseline.fiscalYear)}</td><td>${targetYear(indicator)}</td></tr>
${cumulative ? html`<tr><th scope="row">per year × years 累計</th><td>${NONE}</td><td>${field(target.perYear)} × ${field(target.years)}</td></tr>\n` : ''}<tr><th scope="row">note 注記</th><td>${field(baseline.note)}</td><td>${field(target.note)}</td></tr>
</tbody>
</table>
${'actuals' in indicator ? renderActuals(indicator.actuals) : ''}
</div>
${renderSourceExcerpt(lines, indicator.source, uncovered)}
</div>
</article>`;
}
