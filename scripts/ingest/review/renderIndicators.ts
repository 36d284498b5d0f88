import type { Goal } from '../../../src/schemas/goal';
import type { Measure } from '../../../src/schemas/measure';
import { lineRange } from './formatField';
import { groupIndicators } from './groupIndicators';
import { html, type Html } from './html';
import type { ReviewData } from './ReviewData';
import { renderIndicator } from './renderIndicator';

/** Element id of a goal's or measure's first run of indicators (the outline links to it). */
export const runAnchor = (id: string) => `run-${id}`;

function goalHeading(goal: Goal | undefined, id: string | null, continued: boolean): Html {
  if (id === null) return html`<h3>目標なし <span lang="en">no goal</span></h3>`;
  const title = goal ? html`${goal.label} ${goal.title} <span class="lines">${lineRange(goal.source)}</span>` : id;
  return html`<h3${continued ? '' : html` id="${runAnchor(id)}"`}>${title}${continued ? html` <span class="none">（続き continued）</span>` : ''}</h3>`;
}

function measureHeading(measure: Measure | undefined, id: string | null, first: boolean): Html {
  if (id === null) return html`<h4>目標の数値目標 <span lang="en">goal-level targets</span></h4>`;
  const title = measure ? html`${measure.label ?? ''} ${measure.title} <span class="lines">${lineRange(measure.source)}</span>` : id;
  return html`<h4${first ? html` id="${runAnchor(id)}"` : ''}>${title}</h4>`;
}

/** Every indicator in source order, under headings for its goal and measure. */
export function renderIndicators(data: ReviewData): Html {
  if (data.indicators.length === 0) return html`<p>指標は抽出されませんでした。<span lang="en">No indicators were extracted.</span></p>`;
  const goals = new Map(data.goals.map((g) => [g.id, g]));
  const measures = new Map(data.measures.map((m) => [m.id, m]));
  const uncovered = new Set(data.uncovered.map((u) => u.line));
  const seenMeasures = new Set<string>();
  return html`${groupIndicators(data.indicators).map(
    (run) => html`<section>
${goalHeading(run.goal === null ? undefined : goals.get(run.goal), run.goal, run.continued)}
${run.measures.map((m) => {
  const first = m.measure !== null && !seenMeasures.has(m.measure);
  if (m.measure !== null) seenMeasures.add(m.measure);
  return html`<section>
${measureHeading(m.measure === null ? undefined : measures.get(m.measure), m.measure, first)}
${m.indicators.map((i) => html`${renderIndicator(i, data.lines, uncovered)}\n`)}</section>
`;
})}</section>
`,
  )}`;
}
