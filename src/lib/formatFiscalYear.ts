import { periodJa } from '../core/eraYear';
import type { Lang } from '../i18n/locales';

/** A fiscal year in a language: `formatFiscalYear(2018, 'ja')` → '2018年度', `(2018, 'en')` → 'FY2018'. */
export function formatFiscalYear(fiscalYear: number, lang: Lang): string {
  return lang === 'ja' ? `${fiscalYear}年度` : `FY${fiscalYear}`;
}

/**
 * A plan period of fiscal years, with era years in Japanese.
 * `formatPeriod(2020, 2024, 'ja')` → '2020〜2024年度（令和2〜令和6年度）', `(2020, 2024, 'en')` → 'FY2020–FY2024'.
 */
export function formatPeriod(start: number, end: number, lang: Lang): string {
  if (lang === 'en') return start === end ? `FY${start}` : `FY${start}–FY${end}`;
  return periodJa(start, end);
}
