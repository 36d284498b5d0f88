import type { SourceLine } from '../read/SourceDoc';
import { sourceText } from './formatField';
import { html, type Html } from './html';

/** Lines of context shown before and after the lines a record came from. */
export const CONTEXT_LINES = 2;

/**
 * The lines a record came from (highlighted, in <mark>) with CONTEXT_LINES either side, numbered,
 * as a table; context lines that look like targets but gave nothing carry an "uncovered" flag.
 * `{ line: 12, lineEnd: 13 }` → rows 10–15, rows 12 and 13 of class `hit`.
 */
export function renderSourceExcerpt(
  lines: readonly SourceLine[],
  source: { line: number; lineEnd?: number | undefined; lineStart?: number | undefined },
  uncovered: ReadonlySet<number>,
): Html {
  const [start, last] = [source.lineStart ?? source.line, source.lineEnd ?? source.line];
  const from = Math.max(1, start - CONTEXT_LINES);
  const to = Math.min(lines.length, last + CONTEXT_LINES);
  const rows: Html[] = [];
  for (let n = from; n <= to; n++) {
    const text = lines[n - 1]?.text ?? '';
    const hit = n >= start && n <= last;
    rows.push(
      hit
        ? html`<tr class="hit"><th scope="row">${n}</th><td><mark>${sourceText(text)}</mark></td></tr>`
        : html`<tr><th scope="row">${n}</th><td>${sourceText(text)}${uncovered.has(n) ? html`<span class="flag">未読 uncovered</span>` : ''}</td></tr>`,
    );
  }
  const range = last === start ? `${start}` : `${start}–${last}`;
  return html`<table class="source">
<caption>原文 source: 行 ${range}（前後 ${CONTEXT_LINES} 行）</caption>
<thead class="visually-hidden"><tr><th scope="col">行 line</th><th scope="col">本文 text</th></tr></thead>
<tbody>
${rows.map((r) => html`${r}\n`)}</tbody>
</table>`;
}
