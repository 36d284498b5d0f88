import { numberFormat } from '../i18n/intl';
import { PER_RESIDENTS } from '../domain/perResident';
import { INTL_LOCALE, type Lang } from '../i18n/locales';

/**
 * A value in its base unit per 1,000 residents: `perThousand(760000, 44331)` → 17143.95… (北斗市's
 * 76万人 over its 44,331 residents); null stays null; a population of zero is an error, never Infinity.
 */
export function perThousand(value: number | null, population: number): number | null {
  if (value === null) return null;
  if (!(population > 0)) throw new RangeError(`perThousand: population must be above zero, got ${population}`);
  return (value * PER_RESIDENTS) / population;
}

/**
 * A per-1,000 figure with as many decimals as its size needs (it is derived, so no more than
 * three or four digits say anything): `formatPerThousand(17143.95, 'ja')` → '17,144';
 * `(20.30, 'en')` → '20.3'; `(7.6696, 'ja')` → '7.67'.
 */
export function formatPerThousand(value: number, lang: Lang): string {
  const size = Math.abs(value);
  const digits = size >= 100 ? 0 : size >= 10 ? 1 : 2;
  return numberFormat(INTL_LOCALE[lang], { maximumFractionDigits: digits }).format(value).replace('-', '−');
}
