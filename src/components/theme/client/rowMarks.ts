import { stripSize } from '../../../charts/strip';
import type { ChartLayout } from '../../../charts/chartLayout';
import { h, type Element } from '../../../charts/render/element';
import { labelWidth, placeLabels } from './placeLabels';

/** One picked value in a row of a distribution panel. */
export interface RowMark {
  /** Town code and name, and its colour on this page. */
  code: string;
  town: string;
  colour: string;
  /** Position on the panel's axis; `x2` the upper end of a target given as a range. */
  x: number;
  x2: number | null;
  /** What the mark says, for a pointer's tooltip: 北斗市「観光入込客数」の現状値：76万人. */
  title: string;
}

/** Lines a row offers for names: its label line and two more over its bars (17 px apart, so 12 px text never touches). */
const NAME_LINES = 3;
const LINE_STEP = 17;
/** Room between a mark and its name, and between two names; how far a name may slide from its mark when crowded. */
const GAP = 6;
const REACH = 90;

/**
 * The marks of the picked towns in one row (baselines or targets) of a pre-rendered distribution
 * panel, in the row's own coordinates (src/charts/strip.ts stripSize): per value a line across the
 * bars in the town's colour with the row's mark shape (`shape`, the path of the row's key) on it, a
 * bar to the upper end of a range, and the town's name once beside its first mark, wherever it fits
 * without touching the row's label or another name (a name that fits nowhere is left to the table).
 */
export function rowMarks(marks: readonly RowMark[], layout: ChartLayout, shape: string, hollow: boolean, rowLabel: string): Element {
  const { width, margin, labelY, rowHeight } = stripSize(layout);
  const top = labelY + 4;
  const markY = (top + rowHeight) / 2;
  const named = marks.filter((m, i) => marks.findIndex((o) => o.code === m.code) === i);
  // The row's key: its mark at margin.left + 5 and its label from margin.left + 14 (stripFigure.ts).
  const rowLabelBox = { left: margin.left - 5, right: margin.left + 14 + labelWidth(rowLabel), line: 0 };
  const boxes = placeLabels(
    named.map((m) => ({ x: m.x, width: labelWidth(m.town) })),
    { min: 2, max: width - 2, lines: NAME_LINES, taken: [rowLabelBox], gap: GAP, reach: REACH },
  );
  return h(
    'g',
    { class: 'picks', 'data-picks': '' },
    marks.map((m) =>
      h(
        'g',
        { class: 'pick', 'data-town': m.code },
        h('title', {}, m.title),
        h('line', { class: 'pick-line', x1: m.x, x2: m.x, y1: top, y2: rowHeight, stroke: m.colour }),
        m.x2 !== null && m.x2 !== m.x && h('line', { class: 'pick-span', x1: m.x, x2: m.x2, y1: markY, y2: markY, stroke: m.colour }),
        h('path', { class: hollow ? 'pick-mark hollow' : 'pick-mark filled', d: shape, transform: `translate(${m.x},${markY}) scale(1.3)`, fill: hollow ? undefined : m.colour, stroke: hollow ? m.colour : undefined }),
      ),
    ),
    named.map((m, i) => {
      const box = boxes[i];
      return box ? h('text', { class: 'pick-label', x: box.left, y: labelY + box.line * LINE_STEP, 'data-town': m.code }, m.town) : null;
    }),
  );
}
