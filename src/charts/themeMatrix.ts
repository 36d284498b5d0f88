import { max } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { THEME_IDS, type ThemeId } from '../schemas/themes';
import { CHART_WIDTH, type ChartLayout } from './chartLayout';

/** The three kinds of record counted per theme, in the order they are drawn. */
export const RECORD_KINDS = ['goals', 'measures', 'indicators'] as const;

/** A kind of record: goals, measures or indicators. */
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Counts of one city on one theme. */
export type ThemeCell = Record<RecordKind, number> & { municipality: string; theme: ThemeId };

type Tagged = { municipality: string; themes: readonly ThemeId[] };

/**
 * How many goals, measures and indicators each city puts on each theme (a record on two themes
 * counts on both), cells by theme in THEME_IDS order, then by city in the order given.
 * 北本市's 横断的な目標2 (dx, decarbonization) adds 1 goal to both dx and decarbonization of 112330.
 */
export function themeCells(
  cities: readonly string[],
  records: Record<RecordKind, readonly Tagged[]>,
): ThemeCell[] {
  const count = (list: readonly Tagged[], code: string, theme: ThemeId) =>
    list.filter((r) => r.municipality === code && r.themes.includes(theme)).length;
  return THEME_IDS.flatMap((theme) =>
    cities.map((municipality) => ({
      municipality,
      theme,
      goals: count(records.goals, municipality, theme),
      measures: count(records.measures, municipality, theme),
      indicators: count(records.indicators, municipality, theme),
    })),
  );
}

/** Total of a cell: `{ goals: 1, measures: 4, indicators: 6 }` → 11. */
export const cellTotal = (c: ThemeCell) => c.goals + c.measures + c.indicators;

/** The cell with the most records (first in theme and city order on a tie), or undefined for none. */
export function busiestCell(cells: readonly ThemeCell[]): ThemeCell | undefined {
  return cells.reduce<ThemeCell | undefined>((best, c) => (best === undefined || cellTotal(c) > cellTotal(best) ? c : best), undefined);
}

/** Size of the matrix: a theme label line above each row, a column per city, three bars per cell. */
export const THEME_MATRIX = {
  width: CHART_WIDTH.wide,
  margin: { top: 32, right: 8, bottom: 8, left: 8 },
  labelHeight: 18,
  /** Bars are one 11 px line of text apart (their letter and count are 11 px). */
  barHeight: 10,
  barGap: 4,
  columnGap: 12,
  /** Room before each bar for its letter (目・施・指 / G, M, I). */
  letterWidth: 14,
  /** Room after each bar for its count. */
  countWidth: 26,
} as const;

/** Size of the matrix per layout: the narrow one has narrower columns closer together. */
export function themeMatrixSize(layout: ChartLayout) {
  return layout === 'wide' ? THEME_MATRIX : { ...THEME_MATRIX, width: CHART_WIDTH.narrow, margin: { ...THEME_MATRIX.margin, top: 47 }, columnGap: 8 };
}

/** One cell placed: where its three bars start and how long each is. */
export interface PlacedThemeCell {
  cell: ThemeCell;
  x: number;
  y: number;
  bars: { kind: RecordKind; x: number; y: number; width: number; count: number }[];
}

/** Scale, column positions and cells of the matrix. */
export interface ThemeMatrixGeometry {
  x: ScaleLinear<number, number>;
  columns: { municipality: string; x: number; width: number }[];
  /** Top of each theme row (its label line). */
  rows: { theme: ThemeId; y: number }[];
  cells: PlacedThemeCell[];
  width: number;
  height: number;
}

/**
 * Lays out the matrix: one bar length scale for every count (counts of goals, measures and indicators
 * are all numbers of records, so they share it), columns of equal width.
 */
export function themeMatrixLayout(cities: readonly string[], cells: readonly ThemeCell[], layout: ChartLayout = 'wide'): ThemeMatrixGeometry {
  const { width, margin, labelHeight, barHeight, barGap, columnGap, letterWidth, countWidth } = themeMatrixSize(layout);
  const columnWidth = (width - margin.left - margin.right - columnGap * (cities.length - 1)) / Math.max(1, cities.length);
  const x = scaleLinear()
    .domain([0, max(cells, (c) => Math.max(c.goals, c.measures, c.indicators)) || 1])
    .range([0, columnWidth - letterWidth - countWidth]);
  const rowHeight = labelHeight + RECORD_KINDS.length * (barHeight + barGap) + barGap * 2;
  const columns = cities.map((municipality, i) => ({ municipality, x: margin.left + i * (columnWidth + columnGap), width: columnWidth }));
  const rows = THEME_IDS.map((theme, i) => ({ theme, y: margin.top + i * rowHeight }));
  return {
    x,
    columns,
    rows,
    width,
    height: margin.top + THEME_IDS.length * rowHeight + margin.bottom,
    cells: cells.map((cell) => {
      const column = columns.find((c) => c.municipality === cell.municipality)!;
      const row = rows.find((r) => r.theme === cell.theme)!;
      const y = row.y + labelHeight;
      return {
        cell,
        x: column.x,
        y,
        bars: RECORD_KINDS.map((kind, i) => ({ kind, x: column.x + letterWidth, y: y + i * (barHeight + barGap), width: x(cell[kind]), count: cell[kind] })),
      };
    }),
  };
}
