import { IngestError } from '../../../src/core/IngestError';
import type { Municipality, MunicipalityIdentity } from '../../../src/schemas/municipality';
import { joinPopulation } from '../../ingest/assemble/joinPopulation';
import type { PopulationTable } from '../../ingest/read/parsePopulationCsv';

/** A municipality the census table cannot give a population, and why (the ingest's own message). */
export interface LeftOut {
  code: string;
  name: string;
  reason: string;
}

/**
 * Joins every municipality to the census table the way the ingest does (joinPopulation: the first
 * 5 digits of the code, the same name, a count), keeping those it can join and listing the others
 * with the ingest's message instead of stopping: 双葉町, which has no 2020 count, is left out.
 */
export function joinCensus(identities: readonly MunicipalityIdentity[], table: PopulationTable): { joined: Municipality[]; leftOut: LeftOut[] } {
  const joined: Municipality[] = [];
  const leftOut: LeftOut[] = [];
  for (const m of identities) {
    try {
      joined.push(joinPopulation(m, table));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      leftOut.push({ code: m.code, name: m.name, reason: error.message });
    }
  }
  return { joined, leftOut };
}
