import { describe, expect, it } from 'vitest';
import { parseBaseline } from '../../../scripts/ingest/recognize/parseBaseline';
import { RecognizeError } from '../../../scripts/ingest/recognize/RecognizeError';

describe('parseBaseline', () => {
  describe('with a leading period (001:214 and 001:241 with their cells joined, 004:45)', () => {
    it('reads the period and the value', () => {
      expect(parseBaseline('(第 1 期実績) 31社')).toStrictEqual({
        value: 31,
        unit: '社',
        period: { label: '第1期実績' },
      });
      expect(parseBaseline('(H30) 76 万人')).toStrictEqual({ value: 76, unit: '万人', period: { label: 'H30', fiscalYear: 2018 } });
      expect(parseBaseline('(R3) 52件')).toStrictEqual({ value: 52, unit: '件', period: { label: 'R3', fiscalYear: 2021 } });
    });
  });

  describe('with a trailing period (002:422ff, 004:244, 004:243, 004:565)', () => {
    it('reads the value and the period', () => {
      expect(parseBaseline('24.5%（R1）')).toStrictEqual({ value: 24.5, unit: '%', period: { label: 'R1', fiscalYear: 2019 } });
      expect(parseBaseline('928 万円（2019 年実績）')).toStrictEqual({
        value: 928,
        unit: '万円',
        period: { label: '2019年実績', fiscalYear: 2019, calendarYear: 2019 },
      });
      expect(parseBaseline('5,533 m ³ （H26～H30 平均）')).toStrictEqual({
        value: 5533,
        unit: 'm³',
        period: { label: 'H26～H30平均', fromFiscalYear: 2014, toFiscalYear: 2018 },
      });
      expect(parseBaseline('11（R3）')).toStrictEqual({ value: 11, unit: '', period: { label: 'R3', fiscalYear: 2021 } });
    });
  });

  describe('with a reference value wrapped in parentheses (004:387)', () => {
    it('reads value, period and note', () => {
      expect(parseBaseline('（参考※令和4年度 35.5％）')).toStrictEqual({
        value: 35.5,
        unit: '%',
        period: { label: '令和4年度', fiscalYear: 2022 },
        note: '参考',
      });
    });
  });

  describe('with 累計 or a label (004:329, 004:443)', () => {
    it('notes it', () => {
      expect(parseBaseline('3名（累計）')).toStrictEqual({ value: 3, unit: '名', note: '累計' });
      expect(parseBaseline('石鳥谷線 124,098人')).toStrictEqual({ value: 124098, unit: '人', note: '石鳥谷線' });
    });
  });

  describe('with a negative or approximate value (001:302, 001:620)', () => {
    it('reads sign and approximation', () => {
      expect(parseBaseline('(H30) △55人')).toStrictEqual({ value: -55, unit: '人', period: { label: 'H30', fiscalYear: 2018 } });
      expect(parseBaseline('約1,800人')).toStrictEqual({ value: 1800, unit: '人', approximate: true });
    });
  });

  describe('with words only (003:392)', () => {
    it('gives them as the note', () => {
      expect(parseBaseline('未策定')).toStrictEqual({ note: '未策定' });
    });
  });

  describe('with a period only (002:423)', () => {
    it('gives the period', () => {
      expect(parseBaseline('（R1）')).toStrictEqual({ period: { label: 'R1', fiscalYear: 2019 } });
    });
  });

  describe('with no value (004:167, 004:239, 002:368)', () => {
    it('returns null', () => {
      for (const text of ['', '—', '－', '―']) expect(parseBaseline(text)).toBeNull();
    });
  });

  describe('with several values in one cell (001:493)', () => {
    it('throws RecognizeError', () => {
      expect(() => parseBaseline('小学校 39.7% 中学校 31.3%')).toThrow(RecognizeError);
    });
  });

  describe('with an unknown era', () => {
    it('throws RecognizeError', () => {
      expect(() => parseBaseline('(X3) 52件')).toThrow(RecognizeError);
    });
  });
});
