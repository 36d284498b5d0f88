import { beforeAll, describe, expect, it } from 'vitest';
import { search, type Searcher } from '../../../src/lib/search/engine/search';
import type { SearchFilters, SearchHit, SearchOutcome } from '../../../src/lib/search/engine/types';
import { normalizeForSearch } from '../../../src/lib/search/normalize';
import { hasTheme } from '../../../src/lib/search/themeMask';
import { realSearcher } from '../../fixtures/search/realIndex';

const NONE: SearchFilters = { city: null, theme: null, kind: null };
const LIMITS = { perKind: 50, blocksPerKind: 50 };
let single: Searcher;
let sharded: Searcher;

beforeAll(async () => {
  single = await realSearcher();
  // The national layout (blocks and postings shards) on the same records: same answers expected.
  sharded = await realSearcher({ blockSize: 16, shards: 32, frequent: 20 });
});

const run = (q: string, filters: SearchFilters = NONE, s = single) => search(s, q, filters, LIMITS);
const hits = (o: SearchOutcome, kind?: string) => o.groups.filter((g) => !kind || g.kind === kind).flatMap((g) => g.hits);
const first = (o: SearchOutcome, kind: string): SearchHit | undefined => hits(o, kind)[0];
const cityName = (s: Searcher, hit: SearchHit) => s.reader.manifest.cities[hit.city]?.[1];

describe('search over the real records', () => {
  describe('kanji compounds', () => {
    it('子育てアプリ finds 北斗市’s indicator 子育てアプリ登録者数 first among indicators, linked to its row', async () => {
      const outcome = await run('子育てアプリ');
      const top = first(outcome, 'indicator');
      expect(top?.title).toBe('子育てアプリ登録者数');
      expect(top && cityName(single, top)).toBe('北斗市');
      expect(top?.anchor).toBe('indicator-012360-g2-strategy-L463');
      expect(top?.source).toEqual({ document: '001_c90401aa62130a51', line: 463 });
      expect(top?.titleMarks).toEqual([[0, 6]]);
    });
    it('空き家 finds 北斗市’s action 移住・定住促進支援事業の実施 through its detail, with a highlighted snippet', async () => {
      const action = hits(await run('空き家'), 'action').find((h) => h.title === '移住・定住促進支援事業の実施');
      expect(action?.anchor).toBe('measure-012360-g2-strategy-m-351');
      expect(action?.snippet).toContain('空き家バンク');
      const [a, b] = action?.snippetMarks[0] ?? [0, 0];
      expect(action?.snippet?.slice(a, b)).toBe('空き家');
    });
  });

  describe('two-character queries are precise', () => {
    it.each(['移住', 'DX'])('every result for %s contains it in its title or snippet', async (q) => {
      const list = hits(await run(q)).filter((h) => h.kind !== 'city');
      expect(list.length).toBeGreaterThan(0);
      for (const h of list) expect(normalizeForSearch(`${h.title} ${h.snippet ?? ''}`)).toContain(normalizeForSearch(q));
    });
    it('full-width ＤＸ gives the same results as DX, e.g. 北本市’s 6-3-5 自治体DXの推進', async () => {
      const wide = await run('ＤＸ');
      expect(hits(wide).map((h) => h.anchor)).toEqual(hits(await run('DX')).map((h) => h.anchor));
      expect(hits(wide, 'measure').map((h) => h.title)).toContain('6-3-5 自治体DXの推進');
    });
  });

  describe('city names', () => {
    it('ほくと (kana reading) finds 北斗市 as the first city', async () => {
      expect(first(await run('ほくと'), 'city')?.title).toBe('北斗市');
    });
    it('ホクト (katakana) finds it too', async () => {
      expect(first(await run('ホクト'), 'city')?.title).toBe('北斗市');
    });
    it('kitakami (romaji) finds 北上市', async () => {
      expect(first(await run('kitakami'), 'city')?.title).toBe('北上市');
    });
    it('one character searches only city names', async () => {
      const outcome = await run('斗');
      expect(outcome.short).toBe(true);
      expect(outcome.groups.map((g) => g.kind)).toEqual(['city']);
    });
  });

  describe('typos', () => {
    it('子育てアプル (one wrong character) still finds 子育てアプリ登録者数', async () => {
      expect(hits(await run('子育てアプル'), 'indicator').map((h) => h.title)).toContain('子育てアプリ登録者数');
    });
    it('a long query with a typo, マイナンバーカードの交付率, finds the My Number card indicators', async () => {
      const titles = hits(await run('マイナンバーカードの交付率'), 'indicator').map((h) => h.title);
      expect(titles.some((t) => t.includes('マイナンバーカード'))).toBe(true);
    });
  });

  describe('English theme names and several terms', () => {
    it('childcare lists records on the childcare theme and offers the theme', async () => {
      const outcome = await run('childcare');
      expect(outcome.themes).toContain('childcare');
      const list = hits(outcome);
      expect(list.length).toBeGreaterThan(10);
      for (const h of list) expect(hasTheme(h.themes, 'childcare')).toBe(true);
    });
    it('北斗 子育て keeps to 北斗市 (a term may be satisfied by the city’s name)', async () => {
      const list = hits(await run('北斗 子育て'));
      expect(list.length).toBeGreaterThan(3);
      for (const h of list) expect(cityName(single, h)).toBe('北斗市');
    });
  });

  describe('filters', () => {
    it('kind keeps one group', async () => {
      const outcome = await run('移住', { ...NONE, kind: 'indicator' });
      expect(outcome.groups.map((g) => g.kind)).toEqual(['indicator']);
    });
    it('city keeps one city’s records', async () => {
      for (const h of hits(await run('移住', { ...NONE, city: '012165' }))) expect(cityName(single, h)).toBe('芦別市');
    });
    it('theme keeps records on the theme', async () => {
      for (const h of hits(await run('推進', { ...NONE, theme: 'dx' }))) expect(hasTheme(h.themes, 'dx')).toBe(true);
    });
  });

  describe('nothing found', () => {
    it('returns no group and a zero total', async () => {
      const outcome = await run('宇宙エレベーター');
      expect(outcome.total).toBe(0);
      expect(outcome.groups).toEqual([]);
    });
  });

  describe('the sharded layout used at national scale', () => {
    it.each(['子育てアプリ', '移住', 'ほくと', '子育てアプル', '北斗 子育て', 'childcare'])('answers %s as the single-file layout does', async (q) => {
      const a = await run(q);
      const b = await run(q, NONE, sharded);
      expect(b.groups.map((g) => [g.kind, g.total])).toEqual(a.groups.map((g) => [g.kind, g.total]));
      expect(hits(b).map((h) => h.anchor).sort()).toEqual(hits(a).map((h) => h.anchor).sort());
    });
  });
});
