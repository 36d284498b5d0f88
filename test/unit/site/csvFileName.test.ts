import { describe, expect, it } from 'vitest';
import { csvFileName } from '../../../src/components/indicators/csvFileName';
import type { FilterKey } from '../../../src/components/indicators/tableState';

const none: Record<FilterKey, string> = { city: '', theme: '', family: '', level: '', kind: '' };

describe('csvFileName', () => {
  describe('without a filter', () => {
    it('is the stem alone', () => {
      expect(csvFileName('machikurabe-indicators', none)).toBe('machikurabe-indicators.csv');
    });
  });

  describe('with filters', () => {
    it('names the city code and theme chosen on /indicators/', () => {
      expect(csvFileName('machikurabe-indicators', { ...none, city: '012360', theme: 'childcare' })).toBe(
        'machikurabe-indicators-012360-childcare.csv',
      );
    });

    it('keeps the order of the form whatever the order of the object', () => {
      expect(csvFileName('machikurabe-indicators', { kind: 'zero-balance', level: 'goal', family: 'births', theme: 'dx', city: '112330' })).toBe(
        'machikurabe-indicators-112330-dx-births-goal-zero-balance.csv',
      );
    });

    it('spells the family filter "no kind" out', () => {
      expect(csvFileName('machikurabe-indicators', { ...none, family: '-' })).toBe('machikurabe-indicators-no-family.csv');
    });
  });

  describe('with values that are not plain ASCII', () => {
    it('drops what is not a letter, digit or hyphen, and values left empty', () => {
      expect(csvFileName('Machikurabe Indicators', { ...none, city: '../012360', theme: '子育て', kind: 'A_B' })).toBe(
        'machikurabe-indicators-012360-a-b.csv',
      );
    });
  });
});
