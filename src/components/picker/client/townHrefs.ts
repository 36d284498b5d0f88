import type { PickerTown } from '../../../lib/towns/townsFile';

/** Where a chosen town leads: its page when it has data, else its prefecture's page (or the prefecture list). */
export interface TownHrefs {
  /** The town's page, or null for a town without data. */
  city: string | null;
  /** The prefecture's page when it has one, else the prefecture list at the prefecture's row. */
  prefecture: string;
}

/**
 * Links for a town from the picker's base paths: (北斗市, '/cities/', '/prefectures/', {'01'}) →
 * { city: '/cities/012360-hokuto/', prefecture: '/prefectures/01/' }.
 */
export function townHrefs(town: PickerTown, cityBase: string, prefectureBase: string, withPage: ReadonlySet<string>): TownHrefs {
  return {
    city: town.hasData ? `${cityBase}${town.code}-${town.romaji}/` : null,
    prefecture: withPage.has(town.prefecture) ? `${prefectureBase}${town.prefecture}/` : `${prefectureBase}#pref-${town.prefecture}`,
  };
}
