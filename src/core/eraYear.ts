import { ERAS } from './eras';

/** The eras, latest first (the same table the ingest reads H30 with). */
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

/**
 * A plan period of fiscal years in Japanese, with era years (the site's and the review page's form).
 * `periodJa(2020, 2024)` → '2020〜2024年度（令和2〜令和6年度）', `periodJa(2024, 2024)` → '2024年度（令和6年度）'.
 */
export function periodJa(start: number, end: number): string {
  if (start === end) return `${start}年度（${eraYear(start)}年度）`;
  return `${start}〜${end}年度（${eraYear(start)}〜${eraYear(end)}年度）`;
}
