import { sourceText } from './formatField';
import { html, type Html } from './html';
import type { UncoveredLine } from './ReviewData';

/** The reason shown for a line nothing explains (the section's introduction says what to do about it). */
export const UNEXPLAINED = '未説明 unexplained';

/** Every line that looks like a target but gave no indicator, with its number and reason. */
export function renderUncovered(uncovered: readonly UncoveredLine[]): Html {
  if (uncovered.length === 0) return html`<p>目標らしい行はすべて指標になりました。<span lang="en">Every line that looks like a target gave an indicator.</span></p>`;
  return html`<table class="uncovered">
<caption>目標らしいが指標にならなかった行 ${uncovered.length} 行 <span lang="en">lines that look like a target but gave no indicator</span></caption>
<thead><tr><th scope="col">行 line</th><th scope="col">本文 text</th><th scope="col" class="reason">理由 reason</th></tr></thead>
<tbody>
${uncovered.map((u) => html`<tr id="L${u.line}"><th scope="row">${u.line}</th><td class="text">${sourceText(u.text)}</td><td class="reason">${u.reason ?? UNEXPLAINED}</td></tr>\n`)}</tbody>
</table>`;
}
