import { numberFormat } from '../i18n/intl';
/**
 * Shortens a label to at most `max` characters (code points), ending with '…' when cut; SVG text
 * does not wrap, so long names are cut in the chart and given in full in its tooltip and table.
 * `truncate('新規創業者及び事業承継者の商業地域(都市計画法)における開業数', 12)` → '新規創業者及び事業承継…'.
 */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * A share as a signed percentage with one decimal, in a language's number format.
 * `formatRate(0.0307, 'ja-JP')` → '+3.1%'; `formatRate(-0.2, 'en-GB')` → '−20.0%'.
 */
export function formatRate(rate: number, locale: string): string {
  const text = numberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(rate);
  return text.replace('-', '−');
}

/** Width of a character in ems, roughly: CJK and full-width forms 1, everything else 0.6. */
const charWidth = (ch: string) => (/[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(ch) ? 1 : 0.6);

/** Width of a text in ems, roughly (see charWidth): '北斗市 ab' → 3 + 0.6 × 3 = 4.8. */
export function textWidth(text: string): number {
  return [...text].reduce((w, ch) => w + charWidth(ch), 0);
}

/**
 * Wraps a label into at most `lines` lines of at most `width` ems each (SVG text does not wrap):
 * breaks after spaces, 、 and ）, before →, else anywhere between CJK characters; the last line ends with '…'
 * when the text does not fit. `wrapLabel('企業立地数 31社 → 50社', 8, 2)` → ['企業立地数 31社 ', '→ 50社'].
 */
export function wrapLabel(text: string, width: number, lines: number): string[] {
  const tokens = text.split(/(?<=[\s、，）)])|(?<=,)(?!\d)|(?=→)/u).flatMap((tok) => (textWidth(tok) > width ? [...tok] : [tok]));
  const out: string[] = [];
  let line = '';
  for (const tok of tokens) {
    if (line !== '' && textWidth(line + tok) > width) {
      out.push(line);
      line = '';
    }
    line += tok;
  }
  if (line !== '') out.push(line);
  if (out.length <= lines) return out.map((l) => l.trim());
  const kept = out.slice(0, lines);
  let last = kept[lines - 1]!.trimEnd();
  while (last.length > 0 && textWidth(last) + 1 > width) last = [...last].slice(0, -1).join('');
  kept[lines - 1] = `${last}…`;
  return kept.map((l) => l.trim());
}

/** A label to place: its anchor point, how it is anchored and its text (12 px). */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  text: string;
}

/**
 * Moves labels off one another: each label, in order, is shifted up by a line (15 px) while its
 * estimated box (textWidth × 12 px wide, 12 px high) meets a label placed before it; the first
 * label never moves. Returns the labels in the same order with their final y.
 */
export function separateLabels(labels: readonly PlacedLabel[], fontPx = 12): PlacedLabel[] {
  const box = (l: PlacedLabel) => {
    const w = textWidth(l.text) * fontPx;
    const left = l.anchor === 'start' ? l.x : l.x - w;
    return { left, right: left + w, top: l.y - fontPx, bottom: l.y + 3 };
  };
  const meets = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const placed: PlacedLabel[] = [];
  for (const label of labels) {
    let moved = { ...label };
    for (let tries = 0; tries < 6 && placed.some((p) => meets(box(p), box(moved))); tries++) moved = { ...moved, y: moved.y - 15 };
    placed.push(moved);
  }
  return placed;
}
