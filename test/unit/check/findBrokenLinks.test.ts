import { describe, expect, it } from 'vitest';
import { findBrokenLinks, pathRelativeLinks } from '../../../scripts/check/findBrokenLinks';

const page = (path: string, html: string) => ({ path, html });

describe('findBrokenLinks', () => {
  describe('under a project base path', () => {
    const pages = [
      page('/b/', '<a href="/b/sources/001/#L241">出典</a><a href="/b/data/indicators.csv">CSV</a><a href="https://example.org/">x</a>'),
      page('/b/sources/001/', '<ol><li id="L241">観光入込客数</li></ol><a href="../../">top</a>'),
    ];
    it('accepts pages, files, relative links, anchors and external links that resolve', () => {
      expect(findBrokenLinks(pages, new Set(['/b/data/indicators.csv']), '/b/')).toEqual([]);
    });
    it('reports a missing anchor, a missing page and a link that ignores the base', () => {
      const bad = [
        page('/b/x/', '<a href="/b/sources/001/#L9">a</a><a href="/b/nowhere/">b</a><a href="/data/indicators.csv">c</a>'),
        page('/b/sources/001/', '<ol><li id="L241">観光入込客数</li></ol>'),
      ];
      expect(findBrokenLinks(bad, new Set(['/b/data/indicators.csv']), '/b/').map((b) => b.reason)).toEqual([
        'no id "L9" on /b/sources/001/',
        'no such page or file',
        'outside the base path /b/',
      ]);
    });
  });
  describe('javascript: URLs', () => {
    it('are reported as broken', () => {
      expect(findBrokenLinks([page('/', '<a href="javascript:alert(1)">x</a>')], new Set(), '/')[0]?.reason).toBe('javascript: URL');
    });
  });
});

describe('pathRelativeLinks', () => {
  it('finds the links that change meaning with the path the page is served at', () => {
    const html = '<a href="/b/">home</a><a href="#main">skip</a><a href="https://example.org/">x</a><a href="mailto:a@b.c">m</a><a href="cities/">c</a><a href="../search/">s</a>';
    expect(pathRelativeLinks(html)).toEqual(['cities/', '../search/']);
  });
});
