import { describe, expect, it } from 'vitest';
import { originalPublication } from '../../../src/lib/originalPublication';

/** seeds/001_c90401aa62130a51.yaml: 北斗市's page for its 第2期 strategy, published 2020-03 (lines 10, 749). */
const G2 = { url: 'http://www.city.hokuto.hokkaido.jp/modules/info/content0299.html', urlKind: 'page' as const, published: '2020-03' };
/** seeds/004_2b3a8d459449e757.yaml: no URL found, no date in the text. */
const ACTION_PLAN = { url: null, urlKind: null, published: null };

describe('originalPublication', () => {
  describe('with a URL of the municipality’s page', () => {
    it('labels the link with the city and gives the date (ja)', () => {
      expect(originalPublication(G2, '北斗市', 'ja')).toEqual({ href: G2.url, label: '北斗市のウェブページ', published: '（公表 2020-03）' });
    });
    it('labels the link with the city and gives the date (en)', () => {
      expect(originalPublication(G2, 'Hokuto City', 'en')).toEqual({ href: G2.url, label: 'Hokuto City’s web page', published: ' (published 2020-03)' });
    });
  });

  describe('with a URL of the document itself', () => {
    it('says it is the document as the city published it', () => {
      expect(originalPublication({ ...G2, urlKind: 'document' }, '北斗市', 'ja').label).toBe('北斗市が公表した文書');
    });
  });

  describe('without a URL', () => {
    it('says none was found, with no link and no date', () => {
      expect(originalPublication(ACTION_PLAN, '北上市', 'ja')).toEqual({ href: null, label: '自治体のウェブサイトでは見つかっていません', published: '' });
      expect(originalPublication(ACTION_PLAN, 'Kitakami City', 'en').label).toBe('not found on the municipality’s website');
    });
    it('still gives a date the manifest records', () => {
      expect(originalPublication({ ...ACTION_PLAN, published: '2025-03' }, '北上市', 'ja').published).toBe('（公表 2025-03）');
    });
  });
});
