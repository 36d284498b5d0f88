import { describe, expect, it } from 'vitest';
import { escapeHtml, h, toHtml } from '../../../src/charts/render/element';

describe('toHtml', () => {
  it('writes elements, attributes and nested children', () => {
    expect(toHtml(h('g', { class: 'row', transform: 'translate(0,36)' }, h('title', {}, '北斗市 観光入込客数'), [h('line', { x1: 24 }), 'x']))).toBe(
      '<g class="row" transform="translate(0,36)"><title>北斗市 観光入込客数</title><line x1="24"></line>x</g>',
    );
  });
  it('leaves out false, null and undefined attributes and children, and writes true as an empty attribute', () => {
    expect(toHtml(h('input', { type: 'radio', checked: true, disabled: false, name: null, value: undefined }))).toBe('<input type="radio" checked>');
    expect(toHtml(h('p', {}, null, false, undefined, 'a'))).toBe('<p>a</p>');
  });
  it('escapes text and attribute values, so a document’s text never becomes markup', () => {
    const hostile = '<script>alert("x")</script>&\'';
    expect(toHtml(h('text', { 'aria-label': hostile }, hostile))).toBe(
      '<text aria-label="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</text>',
    );
    expect(escapeHtml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });
});
