import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle } from 'd3-shape';

/**
 * The Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008): eight colours that stay
 * apart for the common colour-vision deficiencies. Charts pair each colour with a shape or a text
 * label, so nothing is told by colour alone (and greyscale print keeps the meaning).
 */
export const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#D55E00', '#0072B2', '#CC79A7', '#F0E442', '#000000'] as const;

/** Number of series that get a colour of their own; further series reuse them in order. */
export const SERIES_COUNT = OKABE_ITO.length;

/**
 * Series key of the n-th city (its colour class in chart.css and its highlight value), so a city
 * keeps its colour across every chart of the site: `seriesKey(1)` → 's1', `seriesKey(9)` → 's1'.
 */
export function seriesKey(index: number): string {
  return `s${((index % SERIES_COUNT) + SERIES_COUNT) % SERIES_COUNT}`;
}

/** What a mark stands for; each role has its own shape wherever it appears. */
export type MarkRole = 'baseline' | 'target' | 'observed' | 'expected';

const SHAPES = { baseline: symbolCircle, target: symbolDiamond, observed: symbolSquare, expected: symbolTriangle } as const;

/**
 * SVG path of a mark centred on (0, 0), `area` in square pixels (d3-shape symbol sizes):
 * `markPath('target', 64)` → 'M0,-9.306L5.373,0L0,9.306L-5.373,0Z'.
 */
export function markPath(role: MarkRole, area = 64): string {
  return symbol(SHAPES[role], area)() ?? '';
}

/** A city's series: its key (for highlighting) and its colour. */
export interface Series {
  key: string;
  colour: string;
}

/**
 * Series of every city by its place in the site's city order (by code), so a city has the same
 * colour on every chart: `citySeries(['012165', '012360']).get('012360')` → { key: 's1', colour: '#56B4E9' }.
 */
export function citySeries(codes: readonly string[]): Map<string, Series> {
  return new Map(codes.map((code, i) => [code, { key: seriesKey(i), colour: OKABE_ITO[i % SERIES_COUNT]! }]));
}
