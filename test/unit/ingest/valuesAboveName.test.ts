/**
 * A row whose values a PDF converter printed above its name (鯖江市, test/gold/towns/sabae-2017.txt
 * lines 19-60: `—` / `30 人` … `新規若者移住・就業者数`): the indicator cites its name's line, and its
 * span reaches up to its first value (`source.lineStart`), so that every cited span holds its values.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../scripts/ingest/pipeline/extractDocument';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';
import { lineRange } from '../../../scripts/ingest/review/formatField';
import { renderSourceExcerpt } from '../../../scripts/ingest/review/renderSourceExcerpt';
import { reviewCoverage } from '../../../scripts/ingest/review/reviewCoverage';
import { sourceRefSchema } from '../../../src/schemas/source';

const lines = ['成果指標', '元気生活率', '目', '標', '値', '(2019(H31)年)', '81%', '—', '30 人', '新規若者移住・就業者数', '②子育て世代の居住誘導', '83.1%(2015 年)'];
const doc = toSourceDoc('town.txt', lines.join('\n'), 'UTF8');

describe('an indicator whose values stand above its name', () => {
  const extracted = extractDocument(doc, '012360');
  const moved = extracted.indicators.find((i) => i.name === '新規若者移住・就業者数')!;
  it('cites the name’s line (10), its span starting at its first value (`—`, line 8)', () => {
    expect(moved.source).toEqual({ file: 'town.txt', line: 10, lineStart: 8 });
  });
  it('keeps lineStart out of a row whose name comes first (元気生活率, lines 2-7)', () => {
    expect(extracted.indicators.find((i) => i.name === '元気生活率')!.source).toEqual({ file: 'town.txt', line: 2, lineEnd: 7 });
  });
  it('passes the schema', () => {
    expect(sourceRefSchema.parse(moved.source)).toEqual(moved.source);
  });
});

describe('the review of such an indicator', () => {
  const source = { line: 10, lineStart: 8 };
  it('names its lines from the first value to the name', () => {
    expect(lineRange(source)).toBe('L8–10');
    expect(lineRange({ line: 10 })).toBe('L10');
  });
  it('highlights lines 8 to 10 in the excerpt', () => {
    const excerpt = renderSourceExcerpt(doc.lines, source, new Set()).value;
    expect([...excerpt.matchAll(/<tr class="hit"><th scope="row">(\d+)</g)].map((m) => Number(m[1]))).toEqual([8, 9, 10]);
    expect(excerpt).toContain('行 8–10');
  });
  it('counts its value lines as read', () => {
    const values = toSourceDoc('town.txt', ['指標', '現状値(H30) 5件 目標値 8件', '移住相談件数'].join('\n'), 'UTF8');
    expect(reviewCoverage(values, [{ source: { file: 'town.txt', line: 3 } }]).map((u) => u.line)).toEqual([2]);
    expect(reviewCoverage(values, [{ source: { file: 'town.txt', line: 3, lineStart: 2 } }])).toEqual([]);
  });
});
