import { describe, expect, it } from 'vitest';
import { splitCell } from '../../../scripts/ingest/recognize/splitCell';

describe('splitCell', () => {
  describe('with a leading period (001:241 compacted)', () => {
    it('takes the group and the quantity', () => {
      expect(splitCell('(H30)76万人', '')).toStrictEqual({
        groups: ['H30'],
        prefix: '',
        quantity: { value: 76, unit: '万人' },
        qualifier: '',
      });
    });
  });

  describe('with trailing groups (001:379 compacted)', () => {
    it('takes the formula as a group', () => {
      expect(splitCell('500人(100人/年×5年)', '')).toStrictEqual({
        groups: ['100人/年×5年'],
        prefix: '',
        quantity: { value: 500, unit: '人' },
        qualifier: '',
      });
    });
  });

  describe('with a label before the quantity (001:530, 004:168 compacted)', () => {
    it('gives the label as prefix, parentheses included', () => {
      expect(splitCell('北海道水準(H29)4.5‰', '').prefix).toBe('北海道水準(H29)');
      expect(splitCell('図書館(貸出者数7-15才)17,500人', '')).toStrictEqual({
        groups: [],
        prefix: '図書館(貸出者数7-15才)',
        quantity: { value: 17500, unit: '人' },
        qualifier: '',
      });
    });
  });

  describe('with a cell wrapped whole in parentheses (004:387 compacted)', () => {
    it('unwraps it', () => {
      expect(splitCell('(参考※令和4年度35.5%)', '')).toStrictEqual({
        groups: [],
        prefix: '参考※令和4年度',
        quantity: { value: 35.5, unit: '%' },
        qualifier: '',
      });
    });
  });

  describe('with words only (003:396 compacted)', () => {
    it('gives no quantity', () => {
      expect(splitCell('未策定', '')).toStrictEqual({ groups: [], prefix: '未策定', quantity: null, qualifier: '' });
    });
  });
});
