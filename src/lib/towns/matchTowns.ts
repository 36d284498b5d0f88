import { normalizeForSearch } from '../search/normalize';
import type { Town } from './town';

/** How well a query meets a town: the whole of a name (0), its start (1) or inside it (2). */
export type MatchTier = 0 | 1 | 2;

/** A town with the names a query is matched against, computed once per data set. */
export interface PreparedTown<T extends Town> {
  town: T;
  /** Name, normalized (NFKC, lower case, katakana as hiragana). */
  name: string;
  /** Reading, normalized. */
  kana: string;
  /** Folded romanizations: the stem (`hokuto`) and the stem with its type word (`hokutoshi`). */
  latin: string[];
}

/** One town found, with how well it matched. */
export interface TownMatch<T extends Town> {
  town: T;
  tier: MatchTier;
}

/** English words for the type of a municipality a reader may type after its name ('hokuto city'). */
const ENGLISH_TYPE = /\s+(city|town|village|ward)$/;

/**
 * Romaji folded for matching, on both sides: accents and everything but a–z dropped, long vowels
 * shortened, so that 'Kōchi', 'kouchi' and 'kochi' meet. `foldLatin('Hokkaidō')` → 'hokkaido'.
 */
export function foldLatin(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ou|oo/g, 'o')
    .replace(/uu/g, 'u');
}

/** The romanized type word of a municipality from its name and reading: ('北斗市', 'ほくとし') → 'shi'. */
function typeWord(name: string, kana: string): string {
  switch (name.slice(-1)) {
    case '市':
      return 'shi';
    case '区':
      return 'ku';
    case '町':
      return kana.endsWith('ちょう') ? 'cho' : 'machi';
    case '村':
      return kana.endsWith('そん') ? 'son' : 'mura';
    default:
      return '';
  }
}

/** Prepares towns for matching: `prepareTowns([北斗市])[0].latin` → ['hokuto', 'hokutoshi']. */
export function prepareTowns<T extends Town>(towns: readonly T[]): PreparedTown<T>[] {
  return towns.map((town) => {
    const stem = foldLatin(town.romaji);
    return { town, name: normalizeForSearch(town.name), kana: normalizeForSearch(town.kana), latin: [stem, stem + typeWord(town.name, town.kana)] };
  });
}

/** The tier at which a term meets one key, or null: `('ほくとし', 'ほくと', 1)` → 1. Substrings count from `minInside` characters. */
function tierIn(key: string, term: string, minInside: number): MatchTier | null {
  if (key === term) return 0;
  if (key.startsWith(term)) return 1;
  if (term.length >= minInside && key.includes(term)) return 2;
  return null;
}

/** The best tier at which a normalized query meets a town, or null. */
function tierOf(town: PreparedTown<Town>, term: string, latin: string | null): MatchTier | null {
  const tiers = [tierIn(town.name, term, 1), tierIn(town.kana, term, 2), ...(latin ? town.latin.map((k) => tierIn(k, latin, 3)) : [])];
  const found = tiers.filter((t): t is MatchTier => t !== null);
  return found.length === 0 ? null : (Math.min(...found) as MatchTier);
}

/** Best first: tier, then towns with data, then larger population, then code. */
function byRank<T extends Town>(a: TownMatch<T>, b: TownMatch<T>): number {
  return a.tier - b.tier || Number(b.town.hasData) - Number(a.town.hasData) || (b.town.population ?? -1) - (a.town.population ?? -1) || a.town.code.localeCompare(b.town.code);
}

/**
 * The towns a query finds by name, reading (hiragana or katakana) or romaji, best first: a whole
 * name, then names that start with the query, then names that contain it (romaji from 3 letters,
 * readings from 2 characters), towns with data before others at the same tier.
 * `matchTowns(prepared, 'kitaka')` → [{ town: 北上市, tier: 1 }].
 */
export function matchTowns<T extends Town>(towns: readonly PreparedTown<T>[], query: string): TownMatch<T>[] {
  const term = normalizeForSearch(query).replace(ENGLISH_TYPE, '');
  if (term === '') return [];
  // Accents only matter for telling romaji from other scripts ('kōchi' is romaji).
  const latin = /^[a-z\s'’-]+$/.test(term.normalize('NFD').replace(/\p{M}/gu, '')) ? foldLatin(term) : null;
  const out: TownMatch<T>[] = [];
  for (const town of towns) {
    const tier = tierOf(town, term, latin === '' ? null : latin);
    if (tier !== null) out.push({ town: town.town, tier });
  }
  return out.sort(byRank);
}
