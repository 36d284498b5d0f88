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
  const selected = indicators.filter((i) => cities.includes(i.municipality) && (theme === undefined || i.themes.includes(theme)));
  const forCity = (list: T[], code: string) => list.filter((i) => i.municipality === code).sort(byPlanAndLine);
  const rows = FAMILIES.map((f) => f.id)
    .map((family) => selected.filter((i) => i.family === family))
    .filter((members) => members.length > 0)
    .map((members) => ({
      family: members[0]!.family!,
      cells: new Map(cities.map((code) => [code, forCity(members, code)])),
    }));
  const unfamilied = selected.filter((i) => i.family === null || !FAMILIES.some((f) => f.id === i.family));
  return {
    cities: [...cities],
    rows,
    others: new Map(cities.map((code) => [code, forCity(unfamilied, code)])),
    counts: new Map(cities.map((code) => [code, selected.filter((i) => i.municipality === code).length])),
  };
}
