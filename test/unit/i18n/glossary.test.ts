import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PREFECTURE_TERMS, UNIT_TERMS } from '../../../src/i18n/glossary';
import { hasEnglishUnit, periodLabel, prefectureName, quantity, unitName, withUnit } from '../../../src/i18n/translateTerms';

/** The committed records, read as the site reads them. */
const indicators = JSON.parse(readFileSync('content/indicators.json', 'utf8')) as { unit: string; baseline: { period: string | null }; target: { period: string | null } }[];
const municipalities = JSON.parse(readFileSync('content/municipalities.json', 'utf8')) as { prefecture: string }[];

describe('glossary', () => {
  it('declares each Japanese term once', () => {
    const units = UNIT_TERMS.map((u) => u.ja);
    expect(new Set(units).size).toBe(units.length);
    expect(new Set(PREFECTURE_TERMS.map((p) => p.ja)).size).toBe(47);
  });

  it('has an English name for every unit and prefecture of the data', () => {
    expect([...new Set(indicators.map((i) => i.unit))].filter((u) => !hasEnglishUnit(u))).toEqual([]);
    expect(municipalities.map((m) => prefectureName(m.prefecture, 'en')).filter((p) => /[^\x00-\x7f]/.test(p))).toEqual([]);
  });

  it('puts every period label of the data into English', () => {
    const labels = [...new Set(indicators.flatMap((i) => [i.baseline.period, i.target.period]).filter((p) => p !== null))] as string[];
    expect(labels.filter((l) => periodLabel(l, 'en') === null)).toEqual([]);
  });
});

describe('quantity', () => {
  describe('in Japanese', () => {
    it('keeps the unit as written', () => {
      expect(quantity(76, '万人', 'ja')).toBe('76万人');
      expect(quantity(31, '社', 'ja')).toBe('31社');
    });
  });

  describe('in English', () => {
    it('names counted units, singular and plural', () => {
      expect(quantity(50, '社', 'en')).toBe('50 companies');
      expect(quantity(1, '社', 'en')).toBe('1 company');
      expect(quantity(300, '名', 'en')).toBe('300 people');
      expect(quantity(55, '件', 'en')).toBe('55 cases');
      expect(quantity(12, '組', 'en')).toBe('12 couples');
      expect(quantity(3000, '人泊', 'en')).toBe('3,000 overnight stays');
    });

    it('folds the scale word into the number', () => {
      expect(quantity(90, '万人', 'en')).toBe('900,000 people');
      expect(quantity(438.3, '万円', 'en')).toBe('4,383,000 yen');
      expect(quantity(820, '千人', 'en')).toBe('820,000 people');
    });

    it('keeps symbols, spaced as English writes them', () => {
      expect(quantity(57.5, '%', 'en')).toBe('57.5%');
      expect(quantity(3, 'ha', 'en')).toBe('3 ha');
      expect(quantity(7, '', 'en')).toBe('7');
    });

    it('reads a rate per time', () => {
      expect(quantity(2, '回/月', 'en')).toBe('2 times a month');
    });

    it('keeps a unit the glossary lacks as written', () => {
      expect(quantity(3, '鬼', 'en')).toBe('3鬼');
    });
  });
});

describe('unitName and withUnit', () => {
  it('names a unit on its own', () => {
    expect(unitName('社', 'en')).toBe('companies');
    expect(unitName('万円', 'en')).toBe('10,000 yen');
    expect(unitName('社', 'ja')).toBe('社');
  });

  it('attaches a unit to a number formatted elsewhere', () => {
    expect(withUnit('0.77', '社', 'en')).toBe('0.77 companies');
    expect(withUnit('4.5', '%', 'en')).toBe('4.5%');
    expect(withUnit('0.77', '社', 'ja')).toBe('0.77社');
  });
});

describe('periodLabel', () => {
  it('keeps Japanese as written', () => {
    expect(periodLabel('第1期実績', 'ja')).toBe('第1期実績');
  });

  it('reads era and Western years', () => {
    expect(periodLabel('令和5年度', 'en')).toBe('FY2023');
    expect(periodLabel('R7年度', 'en')).toBe('FY2025');
    expect(periodLabel('H30', 'en')).toBe('FY2018');
    expect(periodLabel('R1', 'en')).toBe('FY2019');
    expect(periodLabel('令和5年', 'en')).toBe('2023');
    expect(periodLabel('2018年', 'en')).toBe('2018');
    expect(periodLabel('R2.1', 'en')).toBe('January 2020');
  });

  it('reads generations, ranges and trailing words', () => {
    expect(periodLabel('第1期実績', 'en')).toBe('1st-period result');
    expect(periodLabel('第2期実績', 'en')).toBe('2nd-period result');
    expect(periodLabel('2019年実績', 'en')).toBe('2019 result');
    expect(periodLabel('H30年度調査', 'en')).toBe('FY2018 survey');
    expect(periodLabel('H26～H30平均', 'en')).toBe('FY2014–FY2018 average');
    expect(periodLabel('2024年度(令和6年度)中', 'en')).toBe('during FY2024');
  });

  it('gives up on words it does not know', () => {
    expect(periodLabel('計画策定時', 'en')).toBeNull();
    expect(periodLabel('R1頃の何か', 'en')).toBeNull();
  });
});

describe('prefectureName', () => {
  it('names prefectures in English', () => {
    expect(prefectureName('北海道', 'en')).toBe('Hokkaido');
    expect(prefectureName('岩手県', 'en')).toBe('Iwate Prefecture');
    expect(prefectureName('埼玉県', 'ja')).toBe('埼玉県');
  });
});
