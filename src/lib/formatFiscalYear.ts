import { ERAS } from '../../scripts/ingest/recognize/eras';
import type { Lang } from '../i18n/locales';

/** The ingest's eras, latest first (the same table reads H30 as 2018). */
const LATEST_FIRST = [...ERAS].sort((a, b) => b.firstYear - a.firstYear);

/**
 * Japanese era year of a fiscal year, with 元 for the first year.
 * `eraYear(2018)` → '平成30', `eraYear(2019)` → '令和元', `eraYear(2020)` → '令和2'.
 */
export function eraYear(fiscalYear: number): string {
  const era = LATEST_FIRST.find((e) => fiscalYear >= e.firstYear);
  if (!era) return String(fiscalYear);
  const n = fiscalYear - era.firstYear + 1;
  return `${era.name}${n === 1 ? '元' : n}`;
}

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
  if (start === end) return `${start}年度（${eraYear(start)}年度）`;
  return `${start}〜${end}年度（${eraYear(start)}〜${eraYear(end)}年度）`;
}
