/**
 * Search normalization, applied identically to the index and to the query: NFKC (full-width
 * letters and digits to ASCII, half-width kana to full-width), lower case, katakana folded to
 * hiragana, runs of white space to one space. Every normalized character remembers which
 * characters of the original it came from, so a match found in the normalized text can be
 * highlighted in the text as written.
 */

/** A normalized text and, for each of its UTF-16 units, the span of the original it came from. */
export interface NormalizedText {
  text: string;
  /** `start[i]`: first original index behind normalized unit i. */
  start: number[];
  /** `end[i]`: original index just after the cluster behind normalized unit i. */
  end: number[];
}

/** Katakana ァ (U+30A1) … ヶ (U+30F6) and ヽヾ sit 0x60 above their hiragana. */
const KATAKANA_OFFSET = 0x60;

/** A base character with any combining or (half-width) voicing marks that follow it. */
const CLUSTER = /[\s\S][\p{M}\u3099\u309A\uFF9E\uFF9F]*/gu;

/** Folds one already-NFKC'd, lower-cased piece: katakana → hiragana. `'アプリ'` → 'あぷり'. */
function foldKana(piece: string): string {
  let out = '';
  for (const ch of piece) {
    const code = ch.codePointAt(0) ?? 0;
    const isFoldable = (code >= 0x30a1 && code <= 0x30f6) || code === 0x30fd || code === 0x30fe;
    out += isFoldable ? String.fromCodePoint(code - KATAKANA_OFFSET) : ch;
  }
  return out;
}

/**
 * Normalizes a text and keeps the map back to the original.
 * `normalizeWithMap('ＤＸ推進')` → { text: 'dx推進', start: [0, 1, 2, 3], end: [1, 2, 3, 4] }.
 */
export function normalizeWithMap(original: string): NormalizedText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let lastWasSpace = true;
  for (const match of original.matchAll(CLUSTER)) {
    const from = match.index;
    const to = from + match[0].length;
    const piece = foldKana(match[0].normalize('NFKC').toLowerCase());
    if (/^\s+$/.test(piece)) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
      text += ' ';
      start.push(from);
      end.push(to);
      continue;
    }
    lastWasSpace = false;
    for (let k = 0; k < piece.length; k += 1) {
      start.push(from);
      end.push(to);
    }
    text += piece;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    start.pop();
    end.pop();
  }
  return { text, start, end };
}

/**
 * The normalized form of a text, for matching: the same text as normalizeWithMap gives (a unit
 * test checks it on every real record), computed on the whole string at once because the index
 * and every keystroke need it fast.
 * `normalizeForSearch('ホクト　ＤＸ')` → 'ほくと dx'; `normalizeForSearch('ｶﾞｯｺｳ')` → 'がっこう'.
 */
export function normalizeForSearch(text: string): string {
  return foldKana(text.normalize('NFKC').toLowerCase()).replace(/\s+/g, ' ').trim();
}

/**
 * Maps a normalized range [from, to] (inclusive, as Fuse reports it) back to the original text,
 * as a half-open [start, end). `toOriginalRange(normalizeWithMap('㈱ｶﾞ'), [3, 3])` → [1, 3].
 */
export function toOriginalRange(n: NormalizedText, [from, to]: readonly [number, number]): [number, number] {
  const a = n.start[Math.max(0, from)] ?? 0;
  const b = n.end[Math.min(n.end.length - 1, to)] ?? a;
  return [a, b];
}
