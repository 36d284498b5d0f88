import { IndexReader, type LoadFile } from './IndexReader';
import { cityNames } from './matchCities';
import type { Searcher } from './search';

/** Fetches the manifest and prepares a searcher: `await openSearcher((name) => fetch(name).then((r) => r.json()))`. */
export async function openSearcher(load: LoadFile): Promise<Searcher> {
  const reader = await IndexReader.open(load);
  return { reader, cities: cityNames(reader.manifest), normalized: new Map() };
}
