import { describe, expect, it } from 'vitest';
import { href, localeHref, pagePath } from '../../../src/lib/url';

// Tests run with the default base '/'.
describe('localeHref', () => {
  it('gives Japanese pages no prefix', () => {
    expect(localeHref('ja', '/cities/012360-hokuto/')).toBe('/cities/012360-hokuto/');
    expect(localeHref('ja', '/')).toBe('/');
  });

  it('puts English pages under /en/', () => {
    expect(localeHref('en', '/cities/012360-hokuto/')).toBe('/en/cities/012360-hokuto/');
    expect(localeHref('en', '/')).toBe('/en/');
  });

  it('keeps a fragment after the trailing slash', () => {
    expect(localeHref('en', '/sources/001_c90401aa62130a51/#L214')).toBe('/en/sources/001_c90401aa62130a51/#L214');
  });
});

describe('pagePath', () => {
  it('removes the language prefix', () => {
    expect(pagePath('/en/themes/dx/')).toBe('/themes/dx/');
    expect(pagePath('/en/')).toBe('/');
    expect(pagePath('/en')).toBe('/');
  });

  it('leaves Japanese paths alone, and words that merely start with en', () => {
    expect(pagePath('/themes/dx/')).toBe('/themes/dx/');
    expect(pagePath('/entries/')).toBe('/entries/');
  });

  it('round-trips with localeHref', () => {
    expect(localeHref('ja', pagePath(localeHref('en', '/data/')))).toBe(href('/data/'));
  });
});
