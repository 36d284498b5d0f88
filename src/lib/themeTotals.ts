import { THEME_IDS, type ThemeId } from '../schemas/themes';

type Tagged = { municipality: string; themes: readonly ThemeId[] };

/** Counts of one theme over every town: its records of each kind and the towns with any. */
export interface ThemeTotal {
  theme: ThemeId;
  goals: number;
  measures: number;
  indicators: number;
  /** Towns with at least one goal, measure or indicator on the theme. */
  towns: number;
}

/**
 * How many goals, measures and indicators every town together puts on each theme (a record on two
 * themes counts on both), and on how many towns, in THEME_IDS order; one pass over each list.
 * A goal of 012360 on jobs and a measure of 032069 on jobs → jobs: { goals: 1, measures: 1, towns: 2 }.
 */
export function themeTotals(records: { goals: readonly Tagged[]; measures: readonly Tagged[]; indicators: readonly Tagged[] }): ThemeTotal[] {
  const counts = Object.fromEntries(THEME_IDS.map((theme) => [theme, { goals: 0, measures: 0, indicators: 0, towns: new Set<string>() }])) as Record<
    ThemeId,
    { goals: number; measures: number; indicators: number; towns: Set<string> }
  >;
  for (const kind of ['goals', 'measures', 'indicators'] as const) {
    for (const record of records[kind]) {
      for (const theme of new Set(record.themes)) {
        counts[theme][kind] += 1;
        counts[theme].towns.add(record.municipality);
      }
    }
  }
  return THEME_IDS.map((theme) => ({ theme, goals: counts[theme].goals, measures: counts[theme].measures, indicators: counts[theme].indicators, towns: counts[theme].towns.size }));
}
