import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from '../../../scripts/ingest/clean/decodeHtmlEntities';

describe('decodeHtmlEntities', () => {
  describe('with each supported entity', () => {
    it('decodes &amp; &lt; &gt; &quot; &#39; and &nbsp;', () => {
      expect(decodeHtmlEntities('A&amp;B &lt;p&gt; &quot;x&quot; &#39;y&#39;&nbsp;z')).toBe('A&B <p> "x" \'y\'\u00A0z');
    });
  });

  describe('with a doubly escaped entity', () => {
    it('decodes one level only', () => {
      expect(decodeHtmlEntities('&amp;lt;')).toBe('&lt;');
    });
  });

  describe('with an unknown entity', () => {
    it('leaves it', () => {
      expect(decodeHtmlEntities('&copy;')).toBe('&copy;');
    });
  });
});
