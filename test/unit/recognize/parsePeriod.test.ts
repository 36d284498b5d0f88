import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../scripts/ingest/recognize/parsePeriod';
import { RecognizeError } from '../../../scripts/ingest/recognize/RecognizeError';

describe('parsePeriod', () => {
  describe('with an era letter and year, bare or in parentheses (001:241, 003:70, 004:565)', () => {
    it('reads a fiscal year', () => {
      expect(parsePeriod('H30')).toStrictEqual({ label: 'H30', fiscalYear: 2018 });
      expect(parsePeriod('(H30)')).toStrictEqual({ label: 'H30', fiscalYear: 2018 });
      expect(parsePeriod('（R4）')).toStrictEqual({ label: 'R4', fiscalYear: 2022 });
      expect(parsePeriod('R3')).toStrictEqual({ label: 'R3', fiscalYear: 2021 });
    });
  });

  describe('with 年度 (001:14, 004:42)', () => {
    it('reads a fiscal year', () => {
      expect(parsePeriod('平成30年度')).toStrictEqual({ label: '平成30年度', fiscalYear: 2018 });
      expect(parsePeriod('H30年度')).toStrictEqual({ label: 'H30年度', fiscalYear: 2018 });
      expect(parsePeriod('R7年度')).toStrictEqual({ label: 'R7年度', fiscalYear: 2025 });
    });
  });

  describe('at the change of era (001:348, 001:286, 001:692)', () => {
    it('reads H31, R1 and 令和元年度末 as 2019', () => {
      expect(parsePeriod('(H31)')).toStrictEqual({ label: 'H31', fiscalYear: 2019 });
      expect(parsePeriod('(R1)')).toStrictEqual({ label: 'R1', fiscalYear: 2019 });
      expect(parsePeriod('令和元年度末')).toStrictEqual({ label: '令和元年度末', fiscalYear: 2019 });
    });
  });

  describe('with 年 rather than 年度 (000: 187人（令和５年）)', () => {
    it('keeps the calendar year and takes the same fiscal year', () => {
      expect(parsePeriod('令和５年')).toStrictEqual({ label: '令和5年', fiscalYear: 2023, calendarYear: 2023 });
      expect(parsePeriod('（令和11年）')).toStrictEqual({ label: '令和11年', fiscalYear: 2029, calendarYear: 2029 });
    });
  });

  describe('with a month (001:463, 001:462, 001:10)', () => {
    it('puts January to March in the previous fiscal year', () => {
      expect(parsePeriod('R2.1')).toStrictEqual({ label: 'R2.1', fiscalYear: 2019, calendarYear: 2020, month: 1 });
      expect(parsePeriod('令和 2 年 3 月')).toStrictEqual({ label: '令和2年3月', fiscalYear: 2019, calendarYear: 2020, month: 3 });
    });

    it('keeps April to December in the same fiscal year', () => {
      expect(parsePeriod('R1.12実施')).toStrictEqual({ label: 'R1.12実施', fiscalYear: 2019, calendarYear: 2019, month: 12 });
    });
  });

  describe('with a Western year (004:244, 004:335, 003:392)', () => {
    it('reads 年 as a calendar year and 年度 as a fiscal year', () => {
      expect(parsePeriod('2019 年実績')).toStrictEqual({ label: '2019年実績', fiscalYear: 2019, calendarYear: 2019 });
      expect(parsePeriod('2018年')).toStrictEqual({ label: '2018年', fiscalYear: 2018, calendarYear: 2018 });
      expect(parsePeriod('2024 年度（令和６年度）')).toStrictEqual({ label: '2024年度(令和6年度)', fiscalYear: 2024 });
    });

    it('reads the era year written in parentheses inside the Western one (sabae column header `(2019(H31)年)`)', () => {
      expect(parsePeriod('(2019(H31)年)')).toStrictEqual({ label: '2019(H31)年', fiscalYear: 2019, calendarYear: 2019 });
      expect(parsePeriod('2020(令和2)年度')).toStrictEqual({ label: '2020(令和2)年度', fiscalYear: 2020 });
      expect(parsePeriod('2019(令和元)年度末')).toStrictEqual({ label: '2019(令和元)年度末', fiscalYear: 2019 });
      expect(() => parsePeriod('2020(H31)年')).toThrow(RecognizeError);
    });

    it('returns null for a bare number that may not be a year', () => {
      expect(parsePeriod('2019')).toBeNull();
    });
  });

  describe('with a range (004:243, 004:444, 002:114, 001:51, 004:4)', () => {
    it('reads the first and last fiscal years', () => {
      expect(parsePeriod('H26～H30 平均')).toStrictEqual({ label: 'H26～H30平均', fromFiscalYear: 2014, toFiscalYear: 2018 });
      expect(parsePeriod('R3～7年度')).toStrictEqual({ label: 'R3～7年度', fromFiscalYear: 2021, toFiscalYear: 2025 });
      expect(parsePeriod('平成２７年度～令和３年度')).toStrictEqual({
        label: '平成27年度～令和3年度',
        fromFiscalYear: 2015,
        toFiscalYear: 2021,
      });
      expect(parsePeriod('令和2年度から令和6年度まで')).toStrictEqual({
        label: '令和2年度から令和6年度まで',
        fromFiscalYear: 2020,
        toFiscalYear: 2024,
      });
      expect(parsePeriod('(2021～2025)')).toStrictEqual({ label: '2021～2025', fromFiscalYear: 2021, toFiscalYear: 2025 });
    });

    it('reads a cumulative range with its qualifiers (001:693)', () => {
      expect(parsePeriod('平成29年度～令和元年度末累計')).toStrictEqual({
        label: '平成29年度～令和元年度末累計',
        fromFiscalYear: 2017,
        toFiscalYear: 2019,
      });
    });

    it('throws RecognizeError when it ends before it starts', () => {
      expect(() => parsePeriod('H30～H26')).toThrow(RecognizeError);
    });
  });

  describe('with a term that has no year (001:214)', () => {
    it('keeps the label only', () => {
      expect(parsePeriod('第1期実績')).toStrictEqual({ label: '第1期実績' });
      expect(parsePeriod('(第 1 期実績)')).toStrictEqual({ label: '第1期実績' });
    });
  });

  describe('with text that is no period (004:249, 001:241)', () => {
    it('returns null', () => {
      expect(parsePeriod('R1 水準')).toBeNull();
      expect(parsePeriod('76 万人')).toBeNull();
      expect(parsePeriod('累計')).toBeNull();
      expect(parsePeriod('')).toBeNull();
    });
  });

  describe('with an unknown era', () => {
    it('throws RecognizeError naming what was expected', () => {
      const read = (text: string) => () => parsePeriod(text);
      expect(read('(X3)')).toThrow(RecognizeError);
      expect(read('Q5年度')).toThrow(RecognizeError);
      try {
        parsePeriod('(X3)');
      } catch (error) {
        expect(error).toMatchObject({
          expected: 'a Japanese era (明治/大正/昭和/平成/令和 or M/T/S/H/R) or a Western year',
          found: 'X3',
        });
      }
    });
  });

  describe('with a malformed month or year', () => {
    it('throws RecognizeError', () => {
      expect(() => parsePeriod('R2.13')).toThrow(RecognizeError);
      expect(() => parsePeriod('R0')).toThrow(RecognizeError);
    });
  });

  describe('with a Western year and an era year that disagree', () => {
    it('throws RecognizeError', () => {
      expect(() => parsePeriod('2024年度(令和5年度)')).toThrow(RecognizeError);
    });
  });
});

describe('parsePeriod on a whole flattened page', () => {
  // ../shared/corpus/kakogawa-2021.txt line 11 holds dozens of `(2019)年` equivalents: the rewrite of one
  // `令和元(2019)年度` must not match again, or the text doubles on every pass (it ran out of memory).
  it('returns null for prose with many era years and their Western equivalents, in bounded time', () => {
    const page = Array.from({ length: 40 }, (_, k) => `令和${k + 1}(${2019 + k})年に事業を実施しました。`).join(' ');
    expect(parsePeriod(page)).toBeNull();
  });
});
