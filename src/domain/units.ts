/**
 * The unit model: a unit as written is a scale word (万, 千, 百万, 億 …) before a base unit, so
 * that 76万人 and 760,000人 are one quantity. The words live here; `readUnit` is the mechanism.
 * Shared by the ingest (base values at assembly), the benchmark (units compared without their
 * scale word) and the site (one axis for one base unit).
 */

/** Scale words a unit may start with, as powers of ten, longest first so that 百万 wins over 万 and 千万 over 千. */
export const UNIT_SCALE_WORDS: readonly (readonly [word: string, exponent: number])[] = [
  ['千億', 11],
  ['百億', 10],
  ['十億', 9],
  ['千万', 7],
  ['百万', 6],
  ['十万', 5],
  ['兆', 12],
  ['億', 8],
  ['万', 4],
  ['千', 3],
];

/** Base units written in more than one way, each to the one the data uses: 名 and 人 both count persons. */
export const UNIT_SYNONYMS: Readonly<Record<string, string>> = {
  名: '人',
};

/** Rates and shares: they have no scale word and stay as they are (a rate per resident means nothing). */
export const RATE_UNITS: readonly string[] = ['%', '％', '‰', 'ポイント', 'pt', '倍', '割'];

/** A unit as written, read as a scale and a base unit. */
export interface UnitReading {
  /** The unit as written, e.g. `万人`; '' for none. */
  written: string;
  /** The unit without its scale word, persons as 人: `万人` → `人`, `千名` → `人`, `%` → `%`, unknown → itself. */
  base: string;
  /** Power of ten of the scale word: `万人` → 4, `百万円` → 6; 0 when there is none. */
  exponent: number;
  /** 10^exponent: what one of the written unit is in the base unit (`千人` → 1000). */
  scale: number;
  /** True for a rate or share (`%`, `ポイント`, `倍`, `‰`). */
  rate: boolean;
}

/** The base unit of a unit without scale word: a synonym in its first part (`名/年` → `人/年`), else itself. */
function canonicalBase(unit: string): string {
  const slash = unit.indexOf('/');
  const head = slash === -1 ? unit : unit.slice(0, slash);
  const rest = slash === -1 ? '' : unit.slice(slash);
  return (UNIT_SYNONYMS[head] ?? head) + rest;
}

/**
 * Reads a unit as written into its base unit and scale; a unit it does not know is its own base
 * with scale 1. `readUnit('万人')` → { written: '万人', base: '人', exponent: 4, scale: 10000, rate: false };
 * `readUnit('百万円')` → base '円', exponent 6; `readUnit('名')` → base '人', exponent 0;
 * `readUnit('%')` → base '%', exponent 0, rate true; `readUnit('万')` → base '', exponent 4.
 */
export function readUnit(written: string): UnitReading {
  const unit = written.trim();
  if (RATE_UNITS.includes(unit)) return { written, base: unit, exponent: 0, scale: 1, rate: true };
  const scale = UNIT_SCALE_WORDS.find(([word]) => unit.startsWith(word));
  const exponent = scale ? scale[1] : 0;
  const base = canonicalBase(scale ? unit.slice(scale[0].length) : unit);
  return { written, base, exponent, scale: 10 ** exponent, rate: RATE_UNITS.includes(base) };
}
