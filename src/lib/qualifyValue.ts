import { APPROXIMATE_WORDS, BOUND_WORDS, CUMULATIVE_WORDS, NOTE_SEPARATOR } from '../domain/qualifiers';
import type { Lang } from '../i18n/locales';
import { translator } from '../i18n/translator';

/** A note read into the qualifiers the site places next to a number. */
export interface Qualifiers {
  approximate: boolean;
  /** A bound as written (`以上`, `未満`), or null. */
  bound: string | null;
  cumulative: boolean;
  /** Any other words, as written (`北海道水準(H29)`, `現状値より半減`, `石鳥谷線`). */
  other: string[];
}

/**
 * Reads a note into qualifiers. `readQualifiers('約')` → approximate; `readQualifiers('累計')` → cumulative;
 * `readQualifiers('北海道水準(H29)')` → other ['北海道水準(H29)']; null → none.
 */
export function readQualifiers(note: string | null): Qualifiers {
  const q: Qualifiers = { approximate: false, bound: null, cumulative: false, other: [] };
  for (const part of (note ?? '').split(NOTE_SEPARATOR).map((p) => p.trim()).filter((p) => p !== '')) {
    if (APPROXIMATE_WORDS.includes(part)) q.approximate = true;
    else if (CUMULATIVE_WORDS.includes(part)) q.cumulative = true;
    else if (BOUND_WORDS.some(([word]) => word === part)) q.bound = part;
    else q.other.push(part);
  }
  return q;
}

/** How a value's amount counts, as the target schema says (a baseline is always a level: `total`). */
export type ValueBasis = 'total' | 'per-year' | 'cumulative';

/**
 * A formatted quantity with every qualifier of its note and basis next to it, in the page's language:
 * ('760人', null, 'per-year', 'ja') → '年760人'; ('20人', '累計', 'cumulative', 'ja') → '20人（累計）';
 * ('2,000人', '約', 'total', 'ja') → '約2,000人'; ('4.5‰', '北海道水準(H29)', 'total', 'en') → '4.5‰ (北海道水準(H29))';
 * ('10,000件', '未満', 'total', 'en') → '< 10,000件'. `perYearInUnit` leaves out 年 when the unit says it (`350人/年`).
 */
export function qualifyValue(quantity: string, note: string | null, basis: ValueBasis, lang: Lang, perYearInUnit = false): string {
  const t = translator(lang);
  const q = readQualifiers(note);
  let text = quantity;
  if (q.bound !== null) {
    const sign = BOUND_WORDS.find(([word]) => word === q.bound)![1];
    text = lang === 'ja' ? `${text}${q.bound}` : `${sign} ${text}`;
  }
  if (q.approximate) text = t('qualifier.approximate', { value: text });
  if (basis === 'per-year' && !perYearInUnit) text = t('qualifier.perYear', { value: text });
  if (basis === 'cumulative' || q.cumulative) text = t('qualifier.cumulative', { value: text });
  if (q.other.length > 0) text = t('qualifier.other', { value: text, note: q.other.join(NOTE_SEPARATOR) });
  return text;
}
