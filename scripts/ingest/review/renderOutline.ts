import { planOutline, type MeasureNode } from '../../../src/core/planOutline';
import type { Goal } from '../../../src/schemas/goal';
import type { Measure } from '../../../src/schemas/measure';
import { lineRange } from './formatField';
import { html, type Html } from './html';
import type { ReviewData, ReviewIndicator } from './ReviewData';
import { runAnchor } from './renderIndicators';

/** `n indicators`, linked to the record's first run when it has any. */
function count(id: string, n: number): Html {
  return n === 0 ? html`指標 0` : html`<a href="#${runAnchor(id)}">指標 ${n}</a>`;
}

function measureItem({ measure, indicators }: MeasureNode<Measure, ReviewIndicator>): Html {
  return html`<li>${measure.label ?? ''} ${measure.title} <span class="meta">${lineRange(measure.source)} · ${count(measure.id, indicators.length)}</span></li>\n`;
}

function goalItem(goal: Goal, direct: number, measures: MeasureNode<Measure, ReviewIndicator>[]): Html {
  const total = direct + measures.reduce((n, m) => n + m.indicators.length, 0);
  return html`<li><strong>${goal.label}</strong> ${goal.title}${goal.subtitle ? html` <span class="none">〜${goal.subtitle}〜</span>` : ''} <span class="meta">${lineRange(goal.source)} · 数値目標 ${direct} · 施策 ${measures.length} · ${count(goal.id, total)}</span>
${measures.length > 0 ? html`<ul>\n${measures.map(measureItem)}</ul>` : ''}</li>
`;
}

/** The goals with their measures (in source order) and how many indicators hang on each. */
export function renderOutline(data: ReviewData): Html {
  if (data.goals.length === 0 && data.measures.length === 0) return html`<p>目標・施策は抽出されませんでした。<span lang="en">No goals or measures were extracted.</span></p>`;
  const outline = planOutline(data.planId ?? '', data.goals, data.measures, data.indicators);
  return html`<ol class="outline">
${outline.goals.map((g) => goalItem(g.goal, g.indicators.length, g.measures))}</ol>
${outline.looseMeasures.length > 0 ? html`<h3>目標のない施策 <span lang="en">measures with no goal</span></h3>\n<ul class="outline">\n${outline.looseMeasures.map(measureItem)}</ul>\n` : ''}${outline.looseIndicators.length > 0 ? html`<p>目標・施策のない指標 <span lang="en">indicators with neither goal nor measure</span>: ${outline.looseIndicators.length}</p>\n` : ''}`;
}
