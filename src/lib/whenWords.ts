import type { Lang } from '../i18n/locales';
import { periodLabel } from '../i18n/translateTerms';
import { translator } from '../i18n/translator';
import { formatFiscalYear } from './formatFiscalYear';

/** The period of a value as shown: its label (as written when the glossary cannot translate it) and its fiscal year. */
export interface WhenWords {
  /** The period label, or null when the text gives none. */
  shown: string | null;
  /** The label is the document's own Japanese (marked lang="ja" on an English page). */
  shownIsData: boolean;
  /** The fiscal year to add after the label ('（2018年度）'), or null when the label already says it. */
  year: string | null;
  /** The year comes from the plan period, not the text. */
  implied: boolean;
}

/**
 * Words for a value's period: `whenWords('H30', 2018, false, 'ja')` → { shown: 'H30', year: '（2018年度）', … };
 * null when there is neither period nor year.
 */
export function whenWords(period: string | null, fiscalYear: number | null, implied: boolean, lang: Lang): WhenWords | null {
  const t = translator(lang);
  const year = fiscalYear === null ? null : implied ? t('value.impliedFy', { fy: fiscalYear }) : formatFiscalYear(fiscalYear, lang);
  if (period === null && year === null) return null;
  const translated = period === null ? null : periodLabel(period, lang);
  const shown = translated ?? period;
  const showYear = year !== null && (implied || shown === null || !shown.includes(String(fiscalYear)));
  return {
    shown,
    shownIsData: period !== null && translated === null,
    year: showYear ? (shown !== null ? t('value.fyInParens', { year: year! }) : year) : null,
    implied,
  };
}
