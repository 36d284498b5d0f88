import type { Municipality, MunicipalityIdentity } from '../../../src/schemas/municipality';
import { IngestError } from '../../../src/core/IngestError';
import { CENSUS_POPULATION } from '../read/censusPopulation';
import type { PopulationTable } from '../read/parsePopulationCsv';

/**
 * Gives a municipality its census population, joined on the first 5 digits of its code (the table
 * has no check digit); a code the table lacks, a name that differs or a row without a count is an
 * error naming the table, the code and the line. `012360` 北斗市 → population { count: 44331, date: '2020-10-01', … }.
 */
export function joinPopulation(municipality: MunicipalityIdentity, table: PopulationTable): Municipality {
  const areaCode = municipality.code.slice(0, 5);
  const row = table.rows.get(areaCode);
  const who = `${municipality.code} ${municipality.name}`;
  if (!row) throw new IngestError(table.file, null, `a row with area_code ${areaCode} (municipality ${who})`, 'none');
  if (row.name !== municipality.name) throw new IngestError(table.file, row.line, `area_name ${municipality.name} for area_code ${areaCode} (municipality ${who})`, row.name);
  if (row.count === null) throw new IngestError(table.file, row.line, `a population count for area_code ${areaCode} (municipality ${who})`, 'an empty cell');
  return {
    ...municipality,
    population: {
      count: row.count,
      date: CENSUS_POPULATION.date,
      preliminary: CENSUS_POPULATION.preliminary,
      citation: CENSUS_POPULATION.citation,
    },
  };
}
