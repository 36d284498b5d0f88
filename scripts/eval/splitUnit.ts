import { readUnit } from '../../src/domain/units';

/** A unit as its scale factor and the unit without the scale word. */
export interface ScaledUnit {
  /** Multiplier of the scale word (万 → 10,000); 1 when there is none. */
  factor: number;
  /** The base unit (src/domain/units.ts: no scale word, persons as 人), after NFKC and without spaces; '' for none. */
  base: string;
}

/**
 * Splits a leading scale word off a unit with the site's unit model, so that 76 万人 and 760,000 人
 * (and 11名 and 11人) compare equal; null (the gold's "no unit") and '' are both no unit.
 * `'万人'` → { factor: 1e4, base: '人' }; `'千円'` → { factor: 1e3, base: '円' }; `'％'` → { factor: 1, base: '%' };
 * `'万'` → { factor: 1e4, base: '' }.
 */
export function splitUnit(unit: string | null): ScaledUnit {
  const { scale, base } = readUnit((unit ?? '').normalize('NFKC').replace(/\s+/gu, ''));
  return { factor: scale, base };
}
