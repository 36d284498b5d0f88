import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { IngestError } from '../../../src/core/IngestError';
import { CENSUS_POPULATION } from './censusPopulation';
import { parsePopulationCsv, type PopulationTable } from './parsePopulationCsv';

/**
 * Reads the census population table, by default `reference/…` from the repository root; a
 * missing file is an error naming it. `readPopulation('/work/main')` → rows of 1,965 areas.
 */
export async function readPopulation(root: string, file = path.join(root, CENSUS_POPULATION.file)): Promise<PopulationTable> {
  const shown = path.relative(root, file).split(path.sep).join('/');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new IngestError(shown, null, 'the 2020 census population table (reference/population-2020-census-preliminary.csv; see reference/README.md)', reason);
  }
  return parsePopulationCsv(shown, text);
}
