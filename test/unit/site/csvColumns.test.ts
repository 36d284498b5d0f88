import { describe, expect, it } from 'vitest';
import { INDICATOR_COLUMNS } from '../../../src/core/indicatorsCsv';
import { CSV_COLUMN_DOCS } from '../../../src/i18n/csvColumns';

describe('CSV_COLUMN_DOCS', () => {
  it('documents exactly the columns of indicators.csv', () => {
    expect(Object.keys(CSV_COLUMN_DOCS).sort()).toEqual([...INDICATOR_COLUMNS].sort());
  });
  it('has a Japanese and an English description of every column', () => {
    for (const column of INDICATOR_COLUMNS) {
      expect(CSV_COLUMN_DOCS[column].ja.trim(), column).not.toBe('');
      expect(CSV_COLUMN_DOCS[column].en.trim(), column).not.toBe('');
    }
  });
  it('names the three bases of a target and says what an implied year is', () => {
    for (const lang of ['ja', 'en'] as const) {
      for (const basis of ['total', 'per-year', 'cumulative']) expect(CSV_COLUMN_DOCS.target_basis[lang]).toContain(basis);
      expect(CSV_COLUMN_DOCS.target_fy_implied[lang]).toContain('true');
    }
  });
});
