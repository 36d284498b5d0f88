import { describe, expect, it } from 'vitest';
import { readYearPoint } from '../../../scripts/ingest/recognize/readYearPoint';
import { RecognizeError } from '../../../scripts/ingest/recognize/RecognizeError';

describe('readYearPoint', () => {
  describe('with an era letter (001:241)', () => {
    it('reads a fiscal year', () => {
      expect(readYearPoint('H30')).toStrictEqual({ year: 2018, calendar: false, era: 'H' });
    });
  });

  describe('with an era letter and a month (001:463)', () => {
    it('reads a calendar year and month', () => {
      expect(readYearPoint('R2.1')).toStrictEqual({ year: 2020, calendar: true, month: 1, era: 'R' });
    });
  });

  describe('with an era name and 元 (001:692)', () => {
    it('reads year 1', () => {
      expect(readYearPoint('令和元年度')).toStrictEqual({ year: 2019, calendar: false, era: '令和' });
    });
  });

  describe('with a Western year, bare or with 年 (004:4, 004:335)', () => {
    it('marks the bare one', () => {
      expect(readYearPoint('2021')).toStrictEqual({ year: 2021, calendar: false, bare: true });
      expect(readYearPoint('2018年')).toStrictEqual({ year: 2018, calendar: true });
    });
  });

  describe('with a range end that omits its era (004:444)', () => {
    it('takes the inherited era', () => {
      expect(readYearPoint('7年度', 'R')).toStrictEqual({ year: 2025, calendar: false, era: 'R' });
      expect(readYearPoint('7年度')).toBeNull();
    });
  });

  describe('with an unknown era letter', () => {
    it('throws RecognizeError', () => {
      expect(() => readYearPoint('X3')).toThrow(RecognizeError);
    });
  });
});
