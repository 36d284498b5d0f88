import { describe, expect, it } from 'vitest';
import { clientLabels } from '../../../src/components/search/clientLabels';
import { renderEmpty } from '../../../src/components/search/dom/renderNotices';
import { renderOptions } from '../../../src/components/search/dom/renderOptions';
import { renderResults } from '../../../src/components/search/dom/renderResults';
import type { SearchHit, SearchOutcome } from '../../../src/lib/search/engine/types';
import type { CityRow } from '../../../src/lib/search/indexFormat';
import { FakeNode, fakeDocument } from '../../fixtures/search/fakeDocument';

const cities: CityRow[] = [['012360', '北斗市', 'ほくとし', 'hokuto', 0]];
/** A fixture record whose texts hold markup, as a hostile or badly extracted source could. */
const hostile: SearchHit = {
  kind: 'measure',
  city: 0,
  anchor: 'measure-x-m-1',
  // On the third page of a town split into pages (src/lib/cityPages).
  page: 3,
  source: { document: '001_c90401aa62130a51', line: 12 },
  themes: 0,
  title: '<script>alert(1)</script>移住<b>支援</b>',
  titleMarks: [[25, 27]],
  snippet: '<img src=x onerror=alert(2)>空き家',
  snippetMarks: [[28, 31]],
  score: 0,
};
const outcome: SearchOutcome = {
  query: '移住',
  terms: ['移住'],
  groups: [{ kind: 'measure', hits: [hostile], total: 1, approximate: false }],
  total: 1,
  approximate: false,
  themes: [],
  short: false,
};
const ctx = { lang: 'ja' as const, labels: clientLabels('ja'), cities };

const elements = (root: FakeNode) => root.all().filter((n) => n.tagName !== '#text');

describe('rendering results never interprets data as HTML', () => {
  const doc = fakeDocument();
  const fragment = renderResults(doc, outcome, ctx) as unknown as FakeNode;

  it('keeps <script> and <img> of the data as text', () => {
    expect(fragment.textContent).toContain('<script>alert(1)</script>移住<b>支援</b>');
    expect(fragment.html()).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(fragment.html()).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });
  it('creates only the elements of the result layout, never one named in the data', () => {
    const tags = new Set(elements(fragment).map((n) => n.tagName));
    expect([...tags].sort()).toEqual(['a', 'h2', 'h3', 'li', 'mark', 'p', 'section', 'span', 'ul']);
  });
  it('marks the matched words only', () => {
    expect(elements(fragment).filter((n) => n.tagName === 'mark').map((n) => n.textContent)).toEqual(['移住', '空き家']);
  });
  it('links to the record on its city page and to its source line', () => {
    const hrefs = elements(fragment).flatMap((n) => (n.attributes.has('href') ? [n.attributes.get('href')] : []));
    expect(hrefs).toEqual(['/cities/012360-hokuto/3/#measure-x-m-1', '/sources/001_c90401aa62130a51/#L12']);
  });
  it('does the same in the header list', () => {
    const options = renderOptions(doc, outcome, ctx, '/search/?q=x', 'opt') as unknown as FakeNode;
    expect(options.html()).toContain('&lt;script&gt;');
    expect(elements(options).some((n) => n.tagName === 'script' || n.tagName === 'img')).toBe(false);
  });
  it('shows the query as text in the empty state', () => {
    const empty = renderEmpty(doc, { query: '<i>x</i>', filters: { city: null, theme: 'dx', kind: null } }, ctx) as unknown as FakeNode;
    expect(empty.html()).toContain('&lt;i&gt;x&lt;/i&gt;');
    expect(elements(empty).some((n) => n.tagName === 'i')).toBe(false);
  });
});
