import { numberFormat } from '../i18n/intl';
import { INTL_LOCALE, type Lang } from '../i18n/locales';
import { quantity } from '../i18n/translateTerms';

/** A number as written, with digit grouping and every decimal kept: `formatNumber(12345.6, 'ja')` → '12,345.6'. */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 20 }).format(value);
}

/**
 * A value with its unit: as written in Japanese (`formatQuantity(76, '万人', 'ja')` → '76万人'), in
 * English through the glossary (`formatQuantity(76, '万人', 'en')` → '760,000 people').
 */
export function formatQuantity(value: number, unit: string, lang: Lang): string {
  return quantity(value, unit, lang);
}
