import type { SearchManifest } from '../indexFormat';
import { normalizeForSearch } from '../normalize';

/** A city's searchable names, normalized: name, reading, romanized stem, prefecture and its reading. */
export interface CityNames {
  name: string;
  kana: string;
  romaji: string;
  prefecture: string;
  prefectureKana: string;
}

/** Normalized names of every city of a manifest, in manifest order. */
export function cityNames(manifest: Pick<SearchManifest, 'cities' | 'prefectures'>): CityNames[] {
  return manifest.cities.map(([, name, kana, romaji, p]) => {
    const [prefecture = '', prefectureKana = ''] = manifest.prefectures[p] ?? [];
    return {
      name: normalizeForSearch(name),
      kana: normalizeForSearch(kana),
      romaji: romaji.replace(/-/g, ''),
      prefecture: normalizeForSearch(prefecture),
      prefectureKana: normalizeForSearch(prefectureKana),
    };
  });
}

/** Which of a city's names a term matches, best first, or null. */
export type CityField = keyof CityNames;

/**
 * The field of a city a normalized term matches: the name, the reading or the prefecture
 * containing it (kana readings from their start, so `ほく` is not found inside `きたほくと`),
 * the romanized stem from its start (or anywhere from 4 letters).
 * `matchCity(names('北斗市'), 'ほくと')` → 'kana'; `(…, 'hoku')` → 'romaji'; `(…, 'dx')` → null.
 */
export function matchCity(city: CityNames, term: string): CityField | null {
  if (city.name.includes(term)) return 'name';
  if (city.kana.startsWith(term)) return 'kana';
  const latin = term.replace(/[\s-]/g, '');
  if (/^[a-z]+$/.test(latin) && (city.romaji.startsWith(latin) || (latin.length >= 4 && city.romaji.includes(latin)))) return 'romaji';
  if (city.prefecture.includes(term)) return 'prefecture';
  if (city.prefectureKana.startsWith(term) && term.length >= 2) return 'prefectureKana';
  return null;
}

/** Indices of the cities a term matches: `matchCities(names, 'kitakami')` → [2]. */
export function matchCities(cities: readonly CityNames[], term: string): number[] {
  const out: number[] = [];
  cities.forEach((c, i) => {
    if (matchCity(c, term) !== null) out.push(i);
  });
  return out;
}
