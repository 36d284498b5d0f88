/**
 * Every chart is drawn twice at build time, once per layout, and CSS shows the one that fits its
 * column (chart.css): a wide layout for a desktop column and a narrow one for a phone, so chart text
 * is never scaled below about 11 px and a narrow chart gets fewer ticks and wrapped labels instead.
 */
export type ChartLayout = 'wide' | 'narrow';

/** The layouts, wide first (the one printed and read without CSS). */
export const CHART_LAYOUTS: readonly ChartLayout[] = ['wide', 'narrow'];

/** Width of the SVG coordinate system per layout, in px at 1:1 (wide: a 44–60 rem column; narrow: a 360 px phone). */
export const CHART_WIDTH: Record<ChartLayout, number> = { wide: 720, narrow: 340 };

/** How many value ticks an axis asks d3 for per layout. */
export const TICK_COUNT: Record<ChartLayout, number> = { wide: 6, narrow: 3 };

/** Height of one line of 12 px chart text, in px. */
export const LINE_HEIGHT = 15;
