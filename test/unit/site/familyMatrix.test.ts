import { describe, expect, it } from 'vitest';
import { familyMatrix, type MatrixIndicator } from '../../../src/lib/familyMatrix';

/** Fragments of content/indicators.json: theme decarbonization is stated by 北本市 and 芦別市 only. */
const ind = (id: string, municipality: string, family: string | null, themes: MatrixIndicator['themes'], line: number): MatrixIndicator => ({
  id,
  municipality,
  plan: `${municipality}-plan`,
  family,
  themes,
  source: { file: 'seeds/x.txt', line },
});

const indicators = [
  ind('112330-L400', '112330', 'renewable-energy', ['decarbonization'], 400), // 再生可能エネルギーの普及率
  ind('112330-L399', '112330', 'ghg-emissions', ['decarbonization'], 399), // 温室効果ガスの総排出量(市全体)
  ind('012165-L392', '012165', null, ['decarbonization'], 392), // ゼロカーボンシティの推進
  ind('012360-L764', '012360', 'births', ['childcare'], 764), // 出生数（北斗市）
  ind('112330-L357', '112330', 'births', ['childcare'], 357), // 出生数（北本市）
];
const cities = ['012165', '012360', '032069', '112330'];

describe('familyMatrix', () => {
  describe('for a theme', () => {
    const matrix = familyMatrix(indicators, cities, 'decarbonization');

    it('keeps a column for every city, in the order given', () => {
      expect(matrix.cities).toEqual(cities);
    });

    it('makes one row per family, in the family vocabulary order', () => {
      expect(matrix.rows.map((r) => r.family)).toEqual(['ghg-emissions', 'renewable-energy']);
      expect(matrix.rows[0]!.cells.get('112330')!.map((i) => i.id)).toEqual(['112330-L399']);
      expect(matrix.rows[0]!.cells.get('012360')).toEqual([]);
    });

    it('lists indicators without a family under their city', () => {
      expect(matrix.others.get('012165')!.map((i) => i.id)).toEqual(['012165-L392']);
    });

    it('counts zero for a city with nothing on the theme', () => {
      expect(matrix.counts.get('012360')).toBe(0);
      expect(matrix.counts.get('032069')).toBe(0);
      expect(matrix.counts.get('112330')).toBe(2);
    });
  });

  describe('without a theme', () => {
    it('puts the same family of two cities on one row (出生数)', () => {
      const births = familyMatrix(indicators, cities).rows.find((r) => r.family === 'births')!;
      expect(births.cells.get('012360')!.map((i) => i.id)).toEqual(['012360-L764']);
      expect(births.cells.get('112330')!.map((i) => i.id)).toEqual(['112330-L357']);
    });
  });
});
