import { describe, expect, it } from 'vitest';
import { readPrefix } from '../../../scripts/ingest/recognize/readPrefix';
import { RecognizeError } from '../../../scripts/ingest/recognize/RecognizeError';

describe('readPrefix', () => {
  describe('with a number of years (003:160)', () => {
    it('reads the years', () => {
      expect(readPrefix('5年間で', '')).toStrictEqual({ years: 5 });
    });
  });

  describe('with a note and a period (004:387)', () => {
    it('takes the period out of the note', () => {
      expect(readPrefix('参考※令和4年度', '')).toStrictEqual({ period: { label: '令和4年度', fiscalYear: 2022 }, note: '参考' });
    });
  });

  describe('with a period inside parentheses (001:530)', () => {
    it('keeps it in the note', () => {
      expect(readPrefix('北海道水準(H29)', '')).toStrictEqual({ note: '北海道水準(H29)' });
    });
  });

  describe('with a label (004:443)', () => {
    it('gives it as the note', () => {
      expect(readPrefix('石鳥谷線', '')).toStrictEqual({ note: '石鳥谷線' });
    });
  });

  describe('with nothing', () => {
    it('gives nothing', () => {
      expect(readPrefix('', '')).toStrictEqual({});
    });
  });

  describe('with another value in it (001:493)', () => {
    it('throws RecognizeError', () => {
      expect(() => readPrefix('小学校39.7%中学校', '小学校 39.7% 中学校 31.3%')).toThrow(RecognizeError);
    });
  });
});
