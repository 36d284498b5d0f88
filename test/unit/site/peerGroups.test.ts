import { describe, expect, it } from 'vitest';
import { comparisonCodes, samePrefecturePeers, similarPopulationPeers, type PeerCandidate } from '../../../src/lib/peers/peerGroups';

/** reference/population-2020-census-preliminary.csv: 芦別市 12578, 北斗市 44331, 北上市 93089, 北本市 65228. */
const town = (code: string, prefecture: string, count: number): PeerCandidate => ({ code, prefecture, population: { count } });
const ASHIBETSU = town('012165', '北海道', 12578);
const HOKUTO = town('012360', '北海道', 44331);
const KITAKAMI = town('032069', '岩手県', 93089);
const KITAMOTO = town('112330', '埼玉県', 65228);
const SITE = [ASHIBETSU, HOKUTO, KITAKAMI, KITAMOTO];
const codes = (list: PeerCandidate[]) => list.map((t) => t.code);

describe('samePrefecturePeers', () => {
  it('gives the other towns of the prefecture, never the town itself', () => {
    expect(codes(samePrefecturePeers(HOKUTO, SITE))).toEqual(['012165']);
  });

  it('gives none when the town is alone in its prefecture', () => {
    expect(samePrefecturePeers(KITAKAMI, SITE)).toEqual([]);
  });

  it('keeps the three nearest in population when the prefecture has more', () => {
    const many = [HOKUTO, ...[10_000, 40_000, 50_000, 200_000, 45_000].map((n, i) => town(`01000${i}`, '北海道', n))];
    expect(samePrefecturePeers(HOKUTO, many).map((t) => t.population.count)).toEqual([45_000, 40_000, 50_000]);
  });
});

describe('similarPopulationPeers', () => {
  it('gives towns between half and twice the population, nearest first', () => {
    // 北本市 65,228 is 1.47× 北斗市; 北上市 93,089 is 2.1×, 芦別市 12,578 is 0.28×: both outside.
    expect(codes(similarPopulationPeers(HOKUTO, SITE))).toEqual(['112330']);
    expect(codes(similarPopulationPeers(KITAMOTO, SITE))).toEqual(['032069', '012360']);
  });

  it('gives none when no other town is near enough', () => {
    expect(similarPopulationPeers(ASHIBETSU, SITE)).toEqual([]);
  });

  it('counts half and twice as near as each other and includes both bounds', () => {
    const half = town('000001', 'x', 50_000);
    const twice = town('000002', 'y', 200_000);
    const beyond = town('000003', 'z', 200_001);
    const base = town('000000', 'w', 100_000);
    expect(codes(similarPopulationPeers(base, [beyond, twice, half, base]))).toEqual(['000001', '000002']);
  });

  it('keeps at most three', () => {
    const base = town('000000', 'w', 100_000);
    const others = [101_000, 99_000, 120_000, 80_000, 150_000].map((n, i) => town(`00000${i + 1}`, 'x', n));
    expect(similarPopulationPeers(base, [base, ...others]).map((t) => t.population.count)).toEqual([101_000, 99_000, 120_000]);
  });
});

describe('comparisonCodes', () => {
  it('puts the town first and keeps four at most', () => {
    expect(comparisonCodes(HOKUTO, [KITAMOTO])).toEqual(['012360', '112330']);
    expect(comparisonCodes(HOKUTO, [KITAMOTO, KITAKAMI, ASHIBETSU, town('999999', 'x', 1)])).toEqual(['012360', '112330', '032069', '012165']);
  });
});
