import type { Mark } from './engine/types';
import { normalizeWithMap, toOriginalRange } from './normalize';

/** One piece of a highlighted text: plain or marked. */
export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Ranges found in the normalized text mapped onto the text as written, sorted and merged.
 * `marksInOriginal('ＤＸ推進', [[0, 2]])` → [[0, 2]].
 */
export function marksInOriginal(original: string, ranges: readonly [number, number][]): Mark[] {
  const n = normalizeWithMap(original);
  const mapped = ranges.filter(([a, b]) => b > a).map(([a, b]) => toOriginalRange(n, [a, b - 1]));
  return mergeMarks(mapped);
}

/** Sorts and merges overlapping or touching marks: `mergeMarks([[4, 6], [0, 2], [1, 3]])` → [[0, 3], [4, 6]]. */
export function mergeMarks(marks: readonly Mark[]): Mark[] {
  const out: Mark[] = [];
  for (const [a, b] of [...marks].sort((x, y) => x[0] - y[0] || x[1] - y[1])) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * Cuts a text into plain and marked segments, for building text nodes (never HTML).
 * `segments('子育てアプリ', [[3, 6]])` → [{ text: '子育て', marked: false }, { text: 'アプリ', marked: true }].
 */
export function segments(text: string, marks: readonly Mark[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [a, b] of mergeMarks(marks)) {
    const from = Math.max(a, at);
    const to = Math.min(b, text.length);
    if (from >= to) continue;
    if (from > at) out.push({ text: text.slice(at, from), marked: false });
    out.push({ text: text.slice(from, to), marked: true });
    at = to;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}

/**
 * A window of a long text around its first mark, with '…' where it was cut, and the marks shifted.
 * `excerpt('あ'.repeat(50) + '移住' + 'い'.repeat(50), [[50, 52]], 5)` → { text: '…あああああ移住いいいいい…', marks: [[6, 8]] }.
 */
export function excerpt(text: string, marks: readonly Mark[], radius = 30): { text: string; marks: Mark[] } {
  const first = marks[0];
  if (!first || text.length <= radius * 2 + (first[1] - first[0])) return { text, marks: [...marks] };
  const from = Math.max(0, first[0] - radius);
  const to = Math.min(text.length, first[1] + radius);
  const head = from > 0 ? '…' : '';
  const shift = head.length - from;
  const kept = marks.filter(([a, b]) => a >= from && b <= to).map(([a, b]): Mark => [a + shift, b + shift]);
  return { text: `${head}${text.slice(from, to)}${to < text.length ? '…' : ''}`, marks: kept };
}
