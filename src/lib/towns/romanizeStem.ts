import { toRomaji } from 'wanakana';

/** Readings of the type word (市, 町, 村, 区) a municipality's reading may end with. */
const SUFFIX_READINGS: Record<string, readonly string[]> = { 市: ['し'], 町: ['まち', 'ちょう'], 村: ['むら', 'そん'], 区: ['く'] };

/**
 * The Hepburn romanization of a municipality's reading without its type word, words joined by
 * hyphens, as the content's `romaji` is written (build time only: wanakana never reaches the browser).
 * `romanizeStem('北斗市', 'ほくとし')` → 'hokuto'; `('大阪市', 'おおさかし')` → 'oosaka'.
 */
export function romanizeStem(name: string, kana: string): string {
  const suffix = (SUFFIX_READINGS[name.slice(-1)] ?? []).find((s) => kana.endsWith(s) && kana.length > s.length);
  const stem = suffix ? kana.slice(0, -suffix.length) : kana;
  return toRomaji(stem).replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
}
