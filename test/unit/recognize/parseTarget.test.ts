import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../../scripts/ingest/recognize/parseTarget';
import { RecognizeError } from '../../../scripts/ingest/recognize/RecognizeError';

describe('parseTarget', () => {
  describe('with a number and unit (001:241, 001:494, 002:532, 001:465, 002:403, 004:446)', () => {
    it('reads kind number', () => {
      expect(parseTarget('90 万人')).toStrictEqual({ kind: 'number', basis: 'total', value: 90, unit: '万人' });
      expect(parseTarget('60.0%')).toStrictEqual({ kind: 'number', basis: 'total', value: 60, unit: '%' });
      expect(parseTarget('100％')).toStrictEqual({ kind: 'number', basis: 'total', value: 100, unit: '%' });
      expect(parseTarget('0名')).toStrictEqual({ kind: 'number', basis: 'total', value: 0, unit: '名' });
      expect(parseTarget('０人')).toStrictEqual({ kind: 'number', basis: 'total', value: 0, unit: '人' });
      expect(parseTarget('110')).toStrictEqual({ kind: 'number', basis: 'total', value: 110, unit: '' });
    });
  });

  describe('with a range and its year (000: →200～220人（令和11年）)', () => {
    it('reads kind range and the period', () => {
      expect(parseTarget('200～220人（令和11年）')).toStrictEqual({
        kind: 'range', basis: 'total',
        value: 200,
        valueMax: 220,
        unit: '人',
        period: { label: '令和11年', fiscalYear: 2029, calendarYear: 2029 },
      });
    });
  });

  describe('with an arrow (002:319, 002:410)', () => {
    it('reads a direction', () => {
      expect(parseTarget('↑')).toStrictEqual({ kind: 'increase' });
      expect(parseTarget('↓')).toStrictEqual({ kind: 'decrease' });
    });
  });

  describe('with 均衡 (001:302)', () => {
    it('reads zero-balance', () => {
      expect(parseTarget('均衡')).toStrictEqual({ kind: 'zero-balance' });
    });
  });

  describe('with 維持 (003:350, 001:622)', () => {
    it('reads maintain, with the value when there is one', () => {
      expect(parseTarget('基準値を維持 ')).toStrictEqual({ kind: 'maintain' });
      expect(parseTarget('6.6人（維持）')).toStrictEqual({ kind: 'maintain', basis: 'total', value: 6.6, unit: '人' });
    });
  });

  describe('with a cumulative formula (001:379, 001:347, 001:583, 001:291)', () => {
    it('reads perYear and years', () => {
      expect(parseTarget('500人（100人／年×5年）')).toStrictEqual({
        kind: 'number', basis: 'cumulative',
        value: 500,
        unit: '人',
        cumulative: { perYear: 100, years: 5 },
      });
      expect(parseTarget('15 回 (年 3 回 × 5 年)')).toStrictEqual({
        kind: 'number', basis: 'cumulative',
        value: 15,
        unit: '回',
        cumulative: { perYear: 3, years: 5 },
      });
      expect(parseTarget('300人 (20人/回×年3回×5年)')).toStrictEqual({
        kind: 'number', basis: 'cumulative',
        value: 300,
        unit: '人',
        cumulative: { perYear: 60, years: 5 },
      });
      expect(parseTarget('50品(10品×5年)')).toStrictEqual({
        kind: 'number', basis: 'cumulative',
        value: 50,
        unit: '品',
        cumulative: { perYear: 10, years: 5 },
      });
    });

    it('counts the years of an era range (004:444)', () => {
      expect(parseTarget('60戸（R3～7年度×12戸）')).toStrictEqual({
        kind: 'number', basis: 'cumulative',
        value: 60,
        unit: '戸',
        cumulative: { perYear: 12, years: 5 },
      });
    });
  });

  describe('with 〜年間で (003:160ff, the cell joined)', () => {
    it('reads the years', () => {
      expect(parseTarget('５年間で２５０件')).toStrictEqual({ kind: 'number', basis: 'cumulative', value: 250, unit: '件', cumulative: { years: 5 } });
    });
  });

  describe('with a yearly amount (004:335, 004:239)', () => {
    it('reads perYear', () => {
      expect(parseTarget('年140人')).toStrictEqual({ kind: 'number', basis: 'per-year', value: 140, unit: '人', cumulative: { perYear: 140 } });
      expect(parseTarget('年 2 件')).toStrictEqual({ kind: 'number', basis: 'per-year', value: 2, unit: '件', cumulative: { perYear: 2 } });
    });
  });

  describe('with 累計 (004:334)', () => {
    it('notes it and marks the target cumulative', () => {
      expect(parseTarget('20人（累計）')).toStrictEqual({ kind: 'number', basis: 'cumulative', value: 20, unit: '人', cumulative: {}, note: '累計' });
    });
  });

  describe('with a period of its own (004:241)', () => {
    it('reads the period and the mixed 億/万 value', () => {
      expect(parseTarget('26 億 4,300 万円（R5）')).toStrictEqual({
        kind: 'number', basis: 'total',
        value: 26.43,
        unit: '億円',
        period: { label: 'R5', fiscalYear: 2023 },
      });
    });
  });

  describe('with a level as reference (004:249, 001:530)', () => {
    it('notes the reference rather than taking its year', () => {
      expect(parseTarget('15 千人（R1 水準）')).toStrictEqual({ kind: 'number', basis: 'total', value: 15, unit: '千人', note: 'R1水準' });
      expect(parseTarget('北海道水準(H29) 4.5‰')).toStrictEqual({ kind: 'number', basis: 'total', value: 4.5, unit: '‰', note: '北海道水準(H29)' });
    });
  });

  describe('with 全 and 約 (003:192, 001:620)', () => {
    it('reads the number', () => {
      expect(parseTarget('全３校 ')).toStrictEqual({ kind: 'number', basis: 'total', value: 3, unit: '校' });
      expect(parseTarget('約2,000人')).toStrictEqual({ kind: 'number', basis: 'total', value: 2000, unit: '人', approximate: true });
    });
  });

  describe('with a remark after the value (001:523)', () => {
    it('notes it', () => {
      expect(parseTarget('3.2%（現状値より半減）')).toStrictEqual({ kind: 'number', basis: 'total', value: 3.2, unit: '%', note: '現状値より半減' });
    });
  });

  describe('with a label before the value (004:443)', () => {
    it('notes the label', () => {
      expect(parseTarget('石鳥谷線 124,000人')).toStrictEqual({ kind: 'number', basis: 'total', value: 124000, unit: '人', note: '石鳥谷線' });
    });
  });

  describe('with words only (001:410, 004:97)', () => {
    it('reads kind qualitative with the text as note', () => {
      expect(parseTarget('具体的数値項目を定義し、増加を図る')).toStrictEqual({
        kind: 'qualitative',
        note: '具体的数値項目を定義し、増加を図る',
      });
      expect(parseTarget('全国・県の出現率のうち低い値を下回る %')).toStrictEqual({
        kind: 'qualitative',
        note: '全国・県の出現率のうち低い値を下回る %',
      });
    });

    it('keeps a period found in the words (003:392ff, the cell joined)', () => {
      expect(parseTarget('2024 年度（令和６年度）中の計画策定')).toStrictEqual({
        kind: 'qualitative',
        note: '2024年度(令和6年度)中の計画策定',
        period: { label: '2024年度(令和6年度)中', fiscalYear: 2024 },
      });
    });
  });

  describe('with no target (004:167, 004:239, 002:368)', () => {
    it('returns null', () => {
      for (const text of ['', '—', '－', '―']) expect(parseTarget(text)).toBeNull();
    });
  });

  describe('with several values in one cell (001:494)', () => {
    it('throws RecognizeError', () => {
      expect(() => parseTarget('小学校 60.0% 中学校 60.0%')).toThrow(RecognizeError);
    });
  });

  describe('with a malformed number or era', () => {
    it('throws RecognizeError', () => {
      expect(() => parseTarget('1,,000人')).toThrow(RecognizeError);
      expect(() => parseTarget('50人(X3)')).toThrow(RecognizeError);
    });
  });
  describe('a state dated by its period', () => {
    it('reads `均衡（R7）` as zero-balance of R7 and `維持(令和7年度)` as maintain', () => {
      expect(parseTarget('均衡(R7)')).toMatchObject({ kind: 'zero-balance', period: { label: 'R7', fiscalYear: 2025 } });
      expect(parseTarget('維持(令和7年度)')).toMatchObject({ kind: 'maintain', period: { fiscalYear: 2025 } });
    });
  });
});
