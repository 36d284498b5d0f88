/**
 * Which quantities a per-1,000-residents view makes comparable across towns of different size:
 * counts of people or things (births, visitors, firms, crimes), by their base unit (src/domain/units.ts).
 * Rates and shares are already relative; money, areas and tonnes are not listed (a yen per resident
 * is a different measure from the one the town set); a count of the population itself per resident
 * means nothing.
 */

/** Base units that count people or things. */
export const PER_RESIDENT_BASES: readonly string[] = ['人', '人泊', '件', '社', '組', '団体', '事業所', '事業者', '戸', '棟'];

/** Families whose count is the population itself (per resident it is about 1,000 everywhere). */
export const NOT_PER_RESIDENT_FAMILIES: readonly string[] = ['population'];

/** How many residents the per-resident view divides by. */
export const PER_RESIDENTS = 1000;

/** Whether values in a base unit of a family are shown per 1,000 residents: `('人', 'births')` → true, `('%', …)` → false. */
export function isPerResidentBase(unitBase: string, family: string | null): boolean {
  return PER_RESIDENT_BASES.includes(unitBase) && !(family !== null && NOT_PER_RESIDENT_FAMILIES.includes(family));
}
