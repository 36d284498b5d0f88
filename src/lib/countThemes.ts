import { THEME_IDS, type ThemeId } from '../schemas/themes';

/** Counts of one theme among a city's records. */
export interface ThemeCount {
  theme: ThemeId;
  goals: number;
  measures: number;
  indicators: number;
  total: number;
}

type Tagged = { themes: readonly ThemeId[] };

/**
 * How many goals, measures and indicators fall under each theme, every theme listed (a zero is
 * information), most records first, ties in theme order.
 * One goal on ['childcare'] and one indicator on ['childcare', 'dx'] → childcare 2, dx 1, others 0.
 */
export function countThemes(records: { goals: Tagged[]; measures: Tagged[]; indicators: Tagged[] }): ThemeCount[] {
  const count = (list: Tagged[], theme: ThemeId) => list.filter((r) => r.themes.includes(theme)).length;
  return THEME_IDS.map((theme) => {
    const goals = count(records.goals, theme);
    const measures = count(records.measures, theme);
    const indicators = count(records.indicators, theme);
    return { theme, goals, measures, indicators, total: goals + measures + indicators };
  }).sort((a, b) => b.total - a.total || THEME_IDS.indexOf(a.theme) - THEME_IDS.indexOf(b.theme));
}
