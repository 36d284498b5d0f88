import { ERA_EXPECTED } from './eras';
import { RecognizeError } from './RecognizeError';
import { toFiscalYear } from './toFiscalYear';

/** One year as written: its Western year, whether written as a calendar year (年), and a month. */
export type YearPoint = {
  /** Western year (era years converted). */
  year: number;
  /** True when written with 年 or a month, false for 年度 and bare era letters (`H30`). */
  calendar: boolean;
  month?: number;
  /** The era name or letter, for a range end that omits it (`R3～7年度`). */
  era?: string;
  /** True for a bare Western year (`2021`), which only a range accepts. */
  bare?: boolean;
};

const ERA_NAME_YEAR = /^(明治|大正|昭和|平成|令和)(\d{1,2}|元)年(?:(度)|(\d{1,2})月)?$/;
const LETTER_YEAR = /^([A-Za-z])(\d{1,2}|元)(?:(年度)|(年)|\.(\d{1,2}))?$/;
const WESTERN_YEAR = /^((?:18|19|20|21)\d{2})(?:(年度)|年(?:(\d{1,2})月)?)?$/;
const ERA_LESS_YEAR = /^(\d{1,2}|元)(年度?)?$/;

/** 元 → 1, digits → their number. */
const yearNumber = (text: string): number => (text === '元' ? 1 : Number(text));

function withMonth(point: YearPoint, monthText: string | undefined, found: string): YearPoint {
  if (monthText === undefined) return point;
  const month = Number(monthText);
  if (month < 1 || month > 12) throw new RecognizeError({ expected: 'a month from 1 to 12', found });
  return { ...point, calendar: true, month };
}

/**
 * Reads one year (`H30`, `平成30年度`, `令和5年`, `R2.1`, `2019年`); `inheritedEra` lets a range end omit
 * its era (`7年度` after `R3～`). Null when the text is no year; throws for an unknown era letter.
 * `readYearPoint('R2.1')` → { year: 2020, calendar: true, month: 1, era: 'R' }.
 */
export function readYearPoint(text: string, inheritedEra?: string): YearPoint | null {
  const named = ERA_NAME_YEAR.exec(text);
  if (named) {
    const [, era = '', year = '', fiscal, month] = named;
    return withMonth({ year: toFiscalYear(era, yearNumber(year)), calendar: !fiscal, era }, month, text);
  }
  const lettered = LETTER_YEAR.exec(text);
  if (lettered) {
    const [, letter = '', year = '', , calendarYear, month] = lettered;
    if (!/^[MTSHR]$/.test(letter)) throw new RecognizeError({ expected: ERA_EXPECTED, found: text });
    const point = { year: toFiscalYear(letter, yearNumber(year)), calendar: calendarYear !== undefined, era: letter };
    return withMonth(point, month, text);
  }
  const western = WESTERN_YEAR.exec(text);
  if (western) {
    const [, year = '', fiscal, month] = western;
    const written = text.length > 4;
    return withMonth({ year: Number(year), calendar: written && !fiscal, ...(written ? {} : { bare: true }) }, month, text);
  }
  const eraLess = inheritedEra === undefined ? null : ERA_LESS_YEAR.exec(text);
  if (eraLess && inheritedEra !== undefined) {
    const [, year = '', suffix] = eraLess;
    return { year: toFiscalYear(inheritedEra, yearNumber(year)), calendar: suffix === '年', era: inheritedEra };
  }
  return null;
}
