import { describe, expect, it } from 'vitest';
import { langParam, localeStaticPaths, otherLang, toLang } from '../../../src/i18n/locales';
import { fill } from '../../../src/i18n/fill';
import { translator } from '../../../src/i18n/translator';
import { UI } from '../../../src/i18n/ui';

describe('fill', () => {
  it('fills named slots', () => {
    expect(fill('第{n}期', { n: 2 })).toBe('第2期');
  });

  it('picks the noun form for a count', () => {
    expect(fill('{n} {n|goal|goals}', { n: 1 })).toBe('1 goal');
    expect(fill('{n} {n|goal|goals}', { n: 2 })).toBe('2 goals');
    expect(fill('{n} {n|goal|goals}', { n: '1,200' })).toBe('1,200 goals');
    expect(fill('{n} {n|goal|goals}', { n: '{n}' })).toBe('{n} goals');
  });

  it('says "1 result", never "1 results"', () => {
    expect(translator('en')('search.seeAll', { count: translator('en')('search.countOne', { n: 1 }) })).toBe('See all results (1 result)');
    expect(translator('en')('theme.counts', { n: 1 })).toBe('1 indicator');
  });

  it('refuses to leave a slot blank', () => {
    expect(() => fill('{city}の計画', {})).toThrow(/city/);
  });
});

describe('translator', () => {
  it('translates a key in each language', () => {
    expect(translator('ja')('nav.home')).toBe('ホーム');
    expect(translator('en')('nav.home')).toBe('Home');
  });

  it('has the same slots in both languages for every key', () => {
    const slots = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(UI.ja) as (keyof typeof UI.ja)[]) {
      expect(slots(UI.en[key]), key).toEqual(slots(UI.ja[key]));
    }
  });
});

describe('locales', () => {
  it('gives Japanese no route prefix and English /en/', () => {
    expect(langParam('ja')).toBeUndefined();
    expect(langParam('en')).toBe('en');
    expect(localeStaticPaths()).toEqual([
      { params: { lang: undefined }, props: { lang: 'ja' } },
      { params: { lang: 'en' }, props: { lang: 'en' } },
    ]);
  });

  it('narrows unknown locales to Japanese and switches languages', () => {
    expect(toLang(undefined)).toBe('ja');
    expect(toLang('en')).toBe('en');
    expect(otherLang('ja')).toBe('en');
  });
});
