import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/core/IngestError';
import { parsePopulationCsv } from '../../../scripts/ingest/read/parsePopulationCsv';

const FILE = 'reference/population-2020-census-preliminary.csv';
const HEADER = 'area_code,area_name,population,male,female';

/** Rows of the real table (lines 1–2, 48, 426 and 577 of population-2020-census-preliminary.csv), CRLF as it is written. */
const SAMPLE = [HEADER, '00000,全国,126226568,61360014,64866554', '01236,北斗市,44331,20548,23783', '07546,双葉町,,,', '11233,北本市,65228,32221,33007', ''].join('\r\n');

/** The IngestError a parse throws. */
function parseError(text: string): IngestError {
  try {
    parsePopulationCsv(FILE, text);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected the parse to fail');
}

describe('parsePopulationCsv', () => {
  describe('the table as published', () => {
    const table = parsePopulationCsv(FILE, SAMPLE);
    it('keys the rows by their 5-digit area code, with name, count and line', () => {
      expect(table.rows.get('01236')).toEqual({ name: '北斗市', count: 44331, line: 3 });
      expect(table.rows.get('11233')).toEqual({ name: '北本市', count: 65228, line: 5 });
    });
    it('keeps the nation and prefectures as rows too (00000 全国)', () => {
      expect(table.rows.get('00000')?.count).toBe(126226568);
    });
    it('reads an empty count as none (双葉町, evacuated on the census day)', () => {
      expect(table.rows.get('07546')).toEqual({ name: '双葉町', count: null, line: 4 });
    });
    it('names the file it was read from', () => {
      expect(table.file).toBe(FILE);
    });
    it('reads LF line ends and a BOM the same', () => {
      expect(parsePopulationCsv(FILE, '\uFEFF' + SAMPLE.replaceAll('\r\n', '\n')).rows.get('01236')).toEqual({ name: '北斗市', count: 44331, line: 3 });
    });
  });

  describe('a malformed table', () => {
    it('rejects another header, at line 1', () => {
      const error = parseError('code,name,population\n01236,北斗市,44331');
      expect([error.file, error.line]).toEqual([FILE, 1]);
      expect(error.expected).toBe(`the header ${HEADER}`);
    });
    it('rejects a row with a missing cell, at its line', () => {
      expect(parseError(`${HEADER}\n01236,北斗市,44331,20548`).line).toBe(2);
    });
    it('rejects a 6-digit code (one with its check digit)', () => {
      const error = parseError(`${HEADER}\n012360,北斗市,44331,20548,23783`);
      expect([error.line, error.expected]).toEqual([2, 'area_code: a 5-digit code']);
    });
    it('rejects a count with separators', () => {
      expect(parseError(`${HEADER}\n01236,北斗市,"44,331",20548,23783`).line).toBe(2);
    });
    it('rejects a code listed twice, naming both lines', () => {
      const error = parseError(`${HEADER}\n01236,北斗市,44331,20548,23783\n01236,北斗市,44331,20548,23783`);
      expect([error.line, error.expected]).toEqual([3, 'one row per area_code (01236 also on line 2)']);
    });
  });
});
