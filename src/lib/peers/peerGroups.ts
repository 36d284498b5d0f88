/** What peer selection needs of a town: its code, prefecture and census population. */
export interface PeerCandidate {
  code: string;
  prefecture: string;
  population: { count: number };
}

/** Most towns in one comparison set, the current town included (the compare page shows four). */
export const MAX_COMPARED = 4;

/** How far a similar town's population may be from the current town's: within this factor either way. */
export const POPULATION_FACTOR = 2;

/** |log(a/b)|: how far apart two populations are, the same for 2× larger as for half. */
function distance(a: number, b: number): number {
  return Math.abs(Math.log(Math.max(a, 1) / Math.max(b, 1)));
}

/** The others, nearest in population first (then by code), at most `MAX_COMPARED - 1`. */
function nearest<T extends PeerCandidate>(town: T, others: readonly T[]): T[] {
  return others
    .filter((o) => o.code !== town.code)
    .map((o) => ({ o, d: distance(o.population.count, town.population.count) }))
    .sort((a, b) => a.d - b.d || a.o.code.localeCompare(b.o.code))
    .slice(0, MAX_COMPARED - 1)
    .map(({ o }) => o);
}

/**
 * Other towns with data in the same prefecture, nearest in population first, at most three.
 * (北斗市, [芦別市, 北斗市, 北上市]) → [芦別市].
 */
export function samePrefecturePeers<T extends PeerCandidate>(town: T, towns: readonly T[]): T[] {
  return nearest(town, towns.filter((o) => o.prefecture === town.prefecture));
}

/**
 * Other towns with data whose population is between half and twice the town's (POPULATION_FACTOR),
 * nearest first, at most three. (北斗市 44,331, [芦別市 12,578, 北本市 65,228, 北上市 93,089]) → [北本市].
 */
export function similarPopulationPeers<T extends PeerCandidate>(town: T, towns: readonly T[]): T[] {
  const limit = Math.log(POPULATION_FACTOR);
  return nearest(
    town,
    towns.filter((o) => distance(o.population.count, town.population.count) <= limit),
  );
}

/** Codes of a comparison set, the current town first: (北斗市, [北本市]) → ['012360', '112330']. */
export function comparisonCodes(town: PeerCandidate, peers: readonly PeerCandidate[]): string[] {
  return [town.code, ...peers.map((p) => p.code)].slice(0, MAX_COMPARED);
}
