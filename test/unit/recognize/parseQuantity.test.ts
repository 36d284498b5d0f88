import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../../scripts/ingest/recognize/parseQuantity';
import { RecognizeError } from '../../../scripts/ingest/recognize/RecognizeError';

describe('parseQuantity', () => {
  describe('with a scale word in the unit (001:241, 002:451)', () => {
    it('keeps the number and unit as written', () => {
      expect(parseQuantity('76 万人')).toStrictEqual({ value: 76, unit: '万人' });
      expect(parseQuantity('76万人')).toStrictEqual({ value: 76, unit: '万人' });
      expect(parseQuantity('2,920,245万円')).toStrictEqual({ value: 2920245, unit: '万円' });
      expect(parseQuantity('1,044 千人')).toStrictEqual({ value: 1044, unit: '千人' });
    });
  });

  describe('with 億 and 万 mixed (004:241)', () => {
    it('expresses the value in the larger unit', () => {
      expect(parseQuantity('25 億 4,000 万円')).toStrictEqual({ value: 25.4, unit: '億円' });
      expect(parseQuantity('26億4,300万円')).toStrictEqual({ value: 26.43, unit: '億円' });
    });
  });

  describe('with full-width digits and commas (002:319, 002:405)', () => {
    it('reads them', () => {
      expect(parseQuantity('３，９０８件')).toStrictEqual({ value: 3908, unit: '件' });
      expect(parseQuantity('５．０件')).toStrictEqual({ value: 5, unit: '件' });
    });
  });

  describe('with signs and units of many kinds (001:530, 004:40, 004:97, 002:523, 001:287, 001:349, 004:243, 002:464)', () => {
    it('keeps the unit', () => {
      expect(parseQuantity('3.6‰')).toStrictEqual({ value: 3.6, unit: '‰' });
      expect(parseQuantity('64.1%')).toStrictEqual({ value: 64.1, unit: '%' });
      expect(parseQuantity('0.54 %')).toStrictEqual({ value: 0.54, unit: '%' });
      expect(parseQuantity('272,000t-CO2')).toStrictEqual({ value: 272000, unit: 't-CO2' });
      expect(parseQuantity('6.02ha')).toStrictEqual({ value: 6.02, unit: 'ha' });
      expect(parseQuantity('53,983 回/月')).toStrictEqual({ value: 53983, unit: '回/月' });
      expect(parseQuantity('5,533 m ³')).toStrictEqual({ value: 5533, unit: 'm³' });
      expect(parseQuantity('38事業所')).toStrictEqual({ value: 38, unit: '事業所' });
    });
  });

  describe('with a negative number (001:302, 002:322 and the other minus signs it could have used)', () => {
    it('reads △ and a katakana ー before a digit as minus', () => {
      expect(parseQuantity('△55人')).toStrictEqual({ value: -55, unit: '人' });
      expect(parseQuantity('ー４０人')).toStrictEqual({ value: -40, unit: '人' });
      expect(parseQuantity('－40人')).toStrictEqual({ value: -40, unit: '人' });
      expect(parseQuantity('\u221240人')).toStrictEqual({ value: -40, unit: '人' });
      expect(parseQuantity('-40人')).toStrictEqual({ value: -40, unit: '人' });
    });
  });

  describe('with a range (000: 200～220人)', () => {
    it('sets valueMax', () => {
      expect(parseQuantity('200～220人')).toStrictEqual({ value: 200, valueMax: 220, unit: '人' });
    });
  });

  describe('with 約 (001:620)', () => {
    it('marks it approximate', () => {
      expect(parseQuantity('約1,800人')).toStrictEqual({ value: 1800, unit: '人', approximate: true });
    });
  });

  describe('with 全 (003:192)', () => {
    it('reads the count', () => {
      expect(parseQuantity('全３校 ')).toStrictEqual({ value: 3, unit: '校' });
    });
  });

  describe('with a yearly amount (004:335, 004:239)', () => {
    it('sets perYear', () => {
      expect(parseQuantity('年140人')).toStrictEqual({ value: 140, unit: '人', perYear: true });
      expect(parseQuantity('年 2 件')).toStrictEqual({ value: 2, unit: '件', perYear: true });
    });
  });

  describe('without a unit (004:446, 004:564, 001:420)', () => {
    it('gives the empty unit', () => {
      expect(parseQuantity('110')).toStrictEqual({ value: 110, unit: '' });
      expect(parseQuantity('0')).toStrictEqual({ value: 0, unit: '' });
      expect(parseQuantity('1.33')).toStrictEqual({ value: 1.33, unit: '' });
    });
  });

  describe('with 100% (002:532)', () => {
    it('reads it', () => {
      expect(parseQuantity('100％')).toStrictEqual({ value: 100, unit: '%' });
    });
  });

  describe('with several quantities (001:289)', () => {
    it('returns null', () => {
      expect(parseQuantity('2戸10.6ha')).toBeNull();
    });
  });

  describe('with text that is no quantity (002:331, 001:463, 004:443)', () => {
    it('returns null', () => {
      expect(parseQuantity('5-1-4')).toBeNull();
      expect(parseQuantity('R2.1')).toBeNull();
      expect(parseQuantity('石鳥谷線 124,098人')).toBeNull();
      expect(parseQuantity('未策定')).toBeNull();
      expect(parseQuantity('')).toBeNull();
    });
  });

  describe('with a malformed number', () => {
    it('throws RecognizeError', () => {
      for (const text of ['1,2,3人', '3..5%', '12,3456件', '1,,000人']) {
        expect(() => parseQuantity(text)).toThrow(RecognizeError);
      }
      try {
        parseQuantity('1,,000人');
      } catch (error) {
        expect(error).toMatchObject({ expected: 'a number like 1,234 or 12.5 with an optional unit', found: '1,,000人' });
      }
    });
  });
});
