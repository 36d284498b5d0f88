/**
 * Places short labels (picked towns' names) beside their marks on a few lines of a chart row, so no
 * two overlap: each label goes, in order of its mark's position, to the first line where it fits
 * right of its mark, else left of it, without touching a box already there (the row's own label);
 * failing that, to the nearest free place along a line within `reach` of the mark.
 */

/** A label to place: where its mark is and how wide the text is. */
export interface LabelRequest {
  x: number;
  width: number;
}

/** Where a label went: its left and right edge and its line (0 = the row's label line). */
export interface LabelBox {
  left: number;
  right: number;
  line: number;
}

/** Where labels may go and what is already there. */
export interface LabelSpace {
  /** Left and right edge labels must stay within. */
  min: number;
  max: number;
  /** How many lines a row offers. */
  lines: number;
  /** Boxes already taken (the row's label). */
  taken: readonly LabelBox[];
  /** Room between a mark and its label, and between two labels. */
  gap: number;
  /** How far from its mark a label may slide to find room (0: only right beside it or left of it). */
  reach: number;
}

/**
 * Boxes for the labels, in the order given; null for a label that fits nowhere.
 * With min 0, max 100, one line, gap 2, reach 0: marks at 10 and 12, each 30 wide → [12, 42] and,
 * since the first holds the right side and left of 12 is off the edge, null; with two lines, [14, 44]
 * on line 1; with one line and reach 40, [44, 74] (slid past the first).
 */
export function placeLabels(requests: readonly LabelRequest[], space: LabelSpace): (LabelBox | null)[] {
  const taken: LabelBox[] = [...space.taken];
  const free = (box: LabelBox) =>
    box.left >= space.min && box.right <= space.max && taken.every((t) => t.line !== box.line || box.right + space.gap <= t.left || box.left >= t.right + space.gap);
  const placed = new Map<number, LabelBox | null>();
  const order = requests.map((r, i) => ({ r, i })).sort((a, b) => a.r.x - b.r.x || a.i - b.i);
  const at = (left: number, width: number, line: number): LabelBox => ({ left, right: left + width, line });
  for (const { r, i } of order) {
    let found: LabelBox | null = null;
    for (let line = 0; line < space.lines && found === null; line++) {
      const right = at(r.x + space.gap, r.width, line);
      const left = at(r.x - space.gap - r.width, r.width, line);
      found = free(right) ? right : free(left) ? left : null;
    }
    // Slide: just past a box to the right of the mark, or just before one to its left, nearest first.
    for (let line = 0; line < space.lines && found === null && space.reach > 0; line++) {
      const onLine = taken.filter((t) => t.line === line);
      const candidates = [...onLine.map((t) => at(t.right + space.gap, r.width, line)), ...onLine.map((t) => at(t.left - space.gap - r.width, r.width, line))]
        .map((box) => ({ box, distance: box.left > r.x ? box.left - r.x : r.x - box.right }))
        .filter(({ box, distance }) => distance <= space.reach && free(box))
        .sort((a, b) => a.distance - b.distance || a.box.left - b.box.left);
      found = candidates[0]?.box ?? null;
    }
    if (found) taken.push(found);
    placed.set(i, found);
  }
  return requests.map((_, i) => placed.get(i) ?? null);
}

/**
 * How wide a chart label is likely to be, for bold 12 px text: full-width characters (kanji, kana)
 * about one em, others about two thirds of one, rounded up. `labelWidth('北斗市')` → 39; `labelWidth('Kitakami')` → 63.
 */
export function labelWidth(text: string, fontSize = 12): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60]/.test(ch) ? 1.05 : 0.64;
  return Math.ceil(em * fontSize + 1);
}
