import { describe, expect, it } from 'vitest';
import { cityName } from '../../../src/lib/cityName';

describe('cityName', () => {
  it('keeps the Japanese name as written', () => {
    expect(cityName({ name: '北斗市', romaji: 'hokuto' }, 'ja')).toBe('北斗市');
  });

  describe('in English', () => {
    it('romanizes and translates the type suffix', () => {
      expect(cityName({ name: '北斗市', romaji: 'hokuto' }, 'en')).toBe('Hokuto City');
      expect(cityName({ name: '芦別市', romaji: 'ashibetsu' }, 'en')).toBe('Ashibetsu City');
    });

    it('capitalizes each hyphenated part and handles towns and villages', () => {
      expect(cityName({ name: '七飯町', romaji: 'nanae' }, 'en')).toBe('Nanae Town');
      expect(cityName({ name: '中札内村', romaji: 'naka-satsunai' }, 'en')).toBe('Naka-Satsunai Village');
    });
  });
});
