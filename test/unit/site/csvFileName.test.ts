import { describe, expect, it } from 'vitest';
import { csvFileName } from '../../../src/components/indicators/csvFileName';
import type { FilterKey } from '../../../src/components/indicators/tableState';

const none: Record<FilterKey, string> = { theme: '', family: '', level: '', kind: '' };

describe('csvFileName', () => {
  describe('without a town or filter', () => {
    it('is the stem alone', () => {
      expect(csvFileName('machikurabe-indicators', [], none)).toBe('machikurabe-indicators.csv');
    });
  });

  describe('with towns and filters', () => {
    it('names the city codes and theme chosen on /indicators/', () => {
      expect(csvFileName('machikurabe-indicators', ['012360'], { ...none, theme: 'childcare' })).toBe('machikurabe-indicators-012360-childcare.csv');
    });

    it('names the towns in the order chosen', () => {
      expect(csvFileName('machikurabe-indicators', ['112330', '012360'], none)).toBe('machikurabe-indicators-112330-012360.csv');
    });

    it('keeps the order of the form whatever the order of the object', () => {
      expect(csvFileName('machikurabe-indicators', ['112330'], { kind: 'zero-balance', level: 'goal', family: 'births', theme: 'dx' })).toBe(
        'machikurabe-indicators-112330-dx-births-goal-zero-balance.csv',
      );
    });

    it('spells the family filter "no kind" out', () => {
      expect(csvFileName('machikurabe-indicators', [], { ...none, family: '-' })).toBe('machikurabe-indicators-no-family.csv');
    });
  });

  describe('with values that are not plain ASCII', () => {
    it('drops what is not a letter, digit or hyphen, and values left empty', () => {
      expect(csvFileName('Machikurabe Indicators', ['../012360'], { ...none, theme: '子育て', kind: 'A_B' })).toBe('machikurabe-indicators-012360-a-b.csv');
    });
  });
});
