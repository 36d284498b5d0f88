import { dateTimeFormat } from '../i18n/intl';
import { INTL_LOCALE, type Lang } from '../i18n/locales';

/** A `YYYY-MM-DD` day in a language, read as a calendar date (no time zone): '2020-10-01' → '2020年10月1日' / '1 October 2020'. */
export function formatDay(day: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`formatDay: expected YYYY-MM-DD, got "${day}"`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return dateTimeFormat(INTL_LOCALE[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}
