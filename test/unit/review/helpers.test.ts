import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../scripts/ingest/review/escapeHtml';
import { groupIndicators } from '../../../scripts/ingest/review/groupIndicators';
import { html, raw } from '../../../scripts/ingest/review/html';
import { reviewCoverage } from '../../../scripts/ingest/review/reviewCoverage';
import { doc } from './records';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
});

describe('html', () => {
  it('escapes interpolated text, keeps nested html and raw, joins arrays, drops null and false', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${raw('<br>')}${['<', html`<u></u>`]}${null}${false}${0}</p>`.value).toBe(
      '<p title="&quot;x&quot;"><b>&lt;i&gt;</b><br>&lt;<u></u>0</p>',
    );
  });
});

describe('groupIndicators', () => {
  const at = (line: number, goal: string | null, measure: string | null) => ({ id: `p-${100 - line}`, goal, measure, source: { file: 'f', line } });
  it('keeps source order, starts a run when the goal or the measure changes, marks a goal seen again', () => {
    const runs = groupIndicators([at(30, 'g1', 'm2'), at(10, 'g1', null), at(20, 'g1', 'm1'), at(21, 'g1', 'm1'), at(40, 'g2', null), at(50, 'g1', null)]);
    expect(runs.map((r) => [r.goal, r.continued, r.measures.map((m) => [m.measure, m.indicators.map((i) => i.source.line)])])).toEqual([
      ['g1', false, [[null, [10]], ['m1', [20, 21]], ['m2', [30]]]],
      ['g2', false, [[null, [40]]]],
      ['g1', true, [[null, [50]]]],
    ]);
  });
});

describe('reviewCoverage', () => {
  const text = doc([
    '観光入込客数 ⇒ 現状値(H30) 76万人 目標数値 90万人',
    '移住相談件数',
    '現状値(H30) 5件 目標値 8件',
    '本文だけの行',
    '温室効果ガス排出量 48%削減',
  ]);
  it('lists the lines that look like targets and that no indicator range (line..lineEnd) covers', () => {
    expect(reviewCoverage(text, [{ source: { file: 'f', line: 2, lineEnd: 3 } }])).toEqual([
      { line: 1, text: '観光入込客数 ⇒ 現状値(H30) 76万人 目標数値 90万人', reason: null },
      { line: 5, text: '温室効果ガス排出量 48%削減', reason: null },
    ]);
    expect(reviewCoverage(text, [{ source: { file: 'f', line: 1 } }, { source: { file: 'f', line: 3 } }, { source: { file: 'f', line: 5 } }])).toEqual([]);
  });
});
