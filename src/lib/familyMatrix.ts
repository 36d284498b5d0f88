import { FAMILIES } from '../domain/families';
import type { Indicator } from '../schemas/indicator';
import type { ThemeId } from '../schemas/themes';

/** The fields of an indicator the matrix looks at. */
export type MatrixIndicator = Pick<Indicator, 'id' | 'municipality' | 'plan' | 'family' | 'themes' | 'source'>;

/** One row: a family, with each city's indicators of it (possibly none). */
export interface FamilyRow<T extends MatrixIndicator> {
  family: string;
  cells: Map<string, T[]>;
}

/** Indicators laid out with one column per city and one row per family. */
export interface FamilyMatrix<T extends MatrixIndicator> {
  /** City codes, in the order given. */
  cities: string[];
  /** Families that at least one selected indicator belongs to, in the families' vocabulary order. */
  rows: FamilyRow<T>[];
  /** Selected indicators without a family, per city. */
  others: Map<string, T[]>;
  /** Number of selected indicators per city (0 means the city has nothing on the selection). */
  counts: Map<string, number>;
}

/** Plan, then source line: the reading order. */
function byPlanAndLine(a: MatrixIndicator, b: MatrixIndicator): number {
  return a.plan.localeCompare(b.plan) || a.source.line - b.source.line || a.id.localeCompare(b.id);
}

/**
 * Lays out the indicators of a theme (or all indicators when no theme is given) as a family × city
 * matrix, cells in plan and line order. Two cities stating 出生数 share the `births` row.
 */
export function familyMatrix<T extends MatrixIndicator>(indicators: readonly T[], cities: readonly string[], theme?: ThemeId): FamilyMatrix<T> {
  // Grouped through maps, not filtered per city: a theme page lays out every town of the country.
  const wanted = new Set(cities);
  const selected = indicators.filter((i) => wanted.has(i.municipality) && (theme === undefined || i.themes.includes(theme)));
  /** A list's indicators per city, in reading order; every city of `cities`, with none as []. */
  const byCity = (list: readonly T[]) => {
    const cells = new Map(cities.map((code) => [code, [] as T[]]));
    for (const i of list) cells.get(i.municipality)!.push(i);
    for (const cell of cells.values()) cell.sort(byPlanAndLine);
    return cells;
  };
  const known = new Set(FAMILIES.map((f) => f.id));
  const byFamily = new Map<string, T[]>();
  const unfamilied: T[] = [];
  for (const i of selected) {
    if (i.family === null || !known.has(i.family)) unfamilied.push(i);
    else {
      const members = byFamily.get(i.family);
      if (members) members.push(i);
      else byFamily.set(i.family, [i]);
    }
  }
  const counts = new Map(cities.map((code) => [code, 0]));
  for (const i of selected) counts.set(i.municipality, counts.get(i.municipality)! + 1);
  return {
    cities: [...cities],
    rows: FAMILIES.flatMap((f) => {
      const members = byFamily.get(f.id);
      return members ? [{ family: f.id, cells: byCity(members) }] : [];
    }),
    others: byCity(unfamilied),
    counts,
  };
}
