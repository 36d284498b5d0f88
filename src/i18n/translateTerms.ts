import { dateTimeFormat, numberFormat, pluralRules } from './intl';
import { ERAS } from '../core/eras';
import { readUnit } from '../domain/units';
import { PER_TERMS, PERIOD_WORDS, PREFECTURE_TERMS, SYMBOL_UNITS, UNIT_TERMS } from './glossary';
import { INTL_LOCALE, type Lang } from './locales';

/** A number with digit grouping for the language: `number(12345.6, 'en')` → '12,345.6'. */
function number(value: number, lang: Lang): string {
  // toPrecision drops the float noise of a scaled value (438.3 × 10⁴ → 4383000, not 4383000.0000000005).
  return numberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 20 }).format(Number(value.toPrecision(12)));
}

/** The English of a base unit (no scale word), for a count, or null when the glossary lacks it: ('人/年', 2) → 'people a year'. */
function englishBase(base: string, count: number): { text: string; spaced: boolean } | null {
  const symbol = SYMBOL_UNITS.find((s) => s.ja === base);
  if (symbol) return { text: symbol.en, spaced: symbol.spaced };
  const slash = base.indexOf('/');
  const head = slash === -1 ? base : base.slice(0, slash);
  const per = slash === -1 ? null : PER_TERMS.find((p) => p.ja === base.slice(slash + 1));
  if (slash !== -1 && !per) return null;
  const term = UNIT_TERMS.find((u) => u.ja === head);
  if (!term) return null;
  const noun = pluralRules('en-GB').select(count) === 'one' ? term.en : term.enPlural;
  return { text: per ? `${noun} ${per.en}` : noun, spaced: true };
}

/** True when the glossary gives an English name to a unit as written: '万人' → true, '鬼' → false. */
export function hasEnglishUnit(unit: string): boolean {
  const { base } = readUnit(unit);
  return base === '' || englishBase(base, 2) !== null;
}

/**
 * A unit on its own (an axis, a panel title) in a language: as written in Japanese; in English the
 * plural noun, with the scale word as a number. ('社', 'en') → 'companies', ('万円', 'en') → '10,000 yen',
 * ('%', 'en') → '%', ('社', 'ja') → '社'; a unit the glossary lacks stays as written.
 */
export function unitName(unit: string, lang: Lang): string {
  if (lang === 'ja') return unit;
  const reading = readUnit(unit);
  const english = englishBase(reading.base, 2);
  if (!english) return unit;
  return reading.exponent === 0 ? english.text : `${number(reading.scale, lang)} ${english.text}`;
}

/**
 * A value with its unit: in Japanese as written ('76万人'); in English the scale word folded into
 * the number and the unit as a noun. (76, '万人', 'en') → '760,000 people', (1, '社', 'en') → '1 company',
 * (57, '%', 'en') → '57%'; a unit the glossary lacks stays as written ('3鬼').
 */
export function quantity(value: number, unit: string, lang: Lang): string {
  if (lang === 'ja') return `${number(value, lang)}${unit}`;
  const reading = readUnit(unit);
  const english = reading.base === '' ? { text: '', spaced: false } : englishBase(reading.base, value * reading.scale);
  if (!english) return `${number(value, lang)}${unit}`;
  const scaled = number(value * reading.scale, lang);
  return english.text === '' ? scaled : `${scaled}${english.spaced ? ' ' : ''}${english.text}`;
}

/** A prefecture's name in a language: ('岩手県', 'en') → 'Iwate Prefecture'; an unknown name stays as written. */
export function prefectureName(prefecture: string, lang: Lang): string {
  if (lang === 'ja') return prefecture;
  return PREFECTURE_TERMS.find((p) => p.ja === prefecture)?.en ?? prefecture;
}

/** English ordinal: 1 → '1st', 2 → '2nd', 11 → '11th'. */
function ordinal(n: number): string {
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as const;
  const rule = pluralRules('en-GB', { type: 'ordinal' }).select(n);
  return `${n}${suffix[rule as keyof typeof suffix] ?? 'th'}`;
}

/** One year point of a label, read from its start: 'R7年度' → { text: 'FY2025', rest: '' }. */
function readPoint(label: string): { text: string; rest: string } | null {
  const names = ERAS.flatMap((e) => [e.name, e.letter]).join('|');
  const match = new RegExp(`^(${names})?(\\d{1,4}|元)(?:\\.(\\d{1,2}))?(年度|年)?`).exec(label);
  if (!match) return null;
  const [whole, eraWord, yearWord, month, suffix] = match;
  const era = eraWord === undefined ? undefined : ERAS.find((e) => e.name === eraWord || e.letter === eraWord);
  if (!era && (yearWord === '元' || yearWord!.length !== 4)) return null;
  const year = era ? era.firstYear + (yearWord === '元' ? 0 : Number(yearWord) - 1) : Number(yearWord);
  let text: string;
  if (month !== undefined) {
    text = dateTimeFormat('en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, Number(month) - 1, 1));
  } else {
    // A bare era year (H30) is a fiscal year in these plans, as in the ingest; 年 alone is a calendar year.
    text = suffix === '年' ? String(year) : `FY${year}`;
  }
  return { text, rest: label.slice(whole.length) };
}

/**
 * A period label as written, in a language: as written in Japanese; in English when every part of
 * it is in the glossary, else null (the caller shows it as written, marked Japanese).
 * '第1期実績' → '1st-period result', '令和5年度' → 'FY2023', 'R1' → 'FY2019', '2019年実績' → '2019 result',
 * 'H26～H30平均' → 'FY2014–FY2018 average', '2024年度(令和6年度)中' → 'during FY2024', 'R2.1' → 'January 2020'.
 */
export function periodLabel(label: string, lang: Lang): string | null {
  if (lang === 'ja') return label;
  let rest = label.trim();
  const parts: string[] = [];
  const generation = /^第(\d+)期/.exec(rest);
  if (generation) {
    parts.push(`${ordinal(Number(generation[1]))}-period`);
    rest = rest.slice(generation[0].length);
  }
  const first = readPoint(rest);
  if (first) {
    rest = first.rest;
    const range = /^[～〜~\-–]/.exec(rest);
    const second = range ? readPoint(rest.slice(1)) : null;
    if (range && !second) return null;
    if (second) rest = second.rest;
    parts.push(second ? `${first.text}–${second.text}` : first.text);
    // A parenthesis that restates the year in another calendar adds nothing in English.
    rest = rest.replace(/^[（(][^）)]*[）)]/, '');
  }
  if (parts.length === 0) return null;
  if (rest !== '') {
    const word = PERIOD_WORDS.find((w) => w.ja === rest);
    if (!word) return null;
    if (word.ja === '中') return `${word.en} ${parts.join(' ')}`;
    if (word.en !== '') parts.push(word.en);
  }
  return parts.join(' ');
}

/**
 * An already formatted number with a unit: ('0.77', '社', 'ja') → '0.77社', ('0.77', '社', 'en') → '0.77 companies',
 * ('4.5', '%', 'en') → '4.5%'. For numbers rounded elsewhere (per 1,000 residents); the unit is used without its scale.
 */
export function withUnit(text: string, unit: string, lang: Lang): string {
  if (lang === 'ja' || unit === '') return `${text}${unit}`;
  const english = englishBase(readUnit(unit).base, 2);
  if (!english) return `${text}${unit}`;
  return `${text}${english.spaced ? ' ' : ''}${unitName(unit, lang)}`;
}
