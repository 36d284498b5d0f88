import { joinWords } from './rowIndicators';
import { CIRCLED } from './readHeadings';
import type { Token } from './tokenizeDocument';
import { ARROWS, BULLETS, HEADING_MAX_LENGTH } from './vocabulary';

/** Most words a statement's name and baseline take on a flattened page before its arrow. */
const SPAN_WORDS = 12;
/** Longest word that finishes a target cut after its number (`人(平成 31 年)`). */
const TAIL_LENGTH = 15;

const ARROW = new RegExp(`[${ARROWS}]`);
const MARKER = new RegExp(`^[${CIRCLED}${BULLETS}]`);

/**
 * A `名称:X→Y` statement inside a flattened page, from tokens[i]: it opens with a list marker
 * (`①婚姻率:5.5‰(平成 25 年)→5.9‰(平成 31 年)`), or right after the statement before it when `chained`
 * (`014 歳及び 25 歳～44 歳の「転入者数-転出者数」: 1,577 人(平成 25 年)→0 人(平成 31 年)`); the name ends
 * with a colon, the target is the value after the arrow with its unit and period. Returns the
 * statement's text (words joined as a name is) and the index after it, or null.
 */
export function flatStatementSpan(tokens: Token[], i: number, chained: boolean): { text: string; end: number } | null {
  const first = tokens[i]!;
  if (!first.flattened || (!chained && !MARKER.test(first.text))) return null;
  let k = i;
  while (k < tokens.length && k < i + SPAN_WORDS && tokens[k]!.line === first.line && !ARROW.test(tokens[k]!.text)) {
    if (k > i && MARKER.test(tokens[k]!.text)) return null;
    if (/。/.test(tokens[k]!.text)) return null;
    k++;
  }
  const arrow = tokens[k];
  if (!arrow || arrow.line !== first.line || !ARROW.test(arrow.text)) return null;
  let end = k + 1;
  const next = tokens[end];
  const afterArrow = arrow.text.split(ARROW).pop()!;
  // `人(平成 26 年)→4,107` / `人(平成 31 年)`: the target's unit and period are the next word.
  if ((afterArrow === '' || /\d$/.test(afterArrow)) && next && next.line === first.line && !/^[\d(]/.test(next.text) && !MARKER.test(next.text) && next.text.length <= TAIL_LENGTH) end++;
  const text = joinWords(tokens.slice(i, end));
  const head = text.split(ARROW)[0]!;
  const colon = head.search(/[:：]/);
  if (colon <= 0 || colon > HEADING_MAX_LENGTH || !/\d/.test(text.split(ARROW)[1] ?? '')) return null;
  return { text, end };
}
