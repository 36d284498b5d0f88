import { parseBaseline } from '../recognize/parseBaseline';
import { RecognizeError } from '../recognize/RecognizeError';
import { BULLETS } from '../extract/vocabulary';

/** Words that open the baseline side of a statement. */
const BASELINE_WORDS = /^(現状値|基準値|現況値|実績値)\s*/;
/** Words that open the target side of a statement. */
const TARGET_WORDS = /(目標数値|目標値)\s*/;
/** Where an indicator name ends: an arrow or the first value keyword. */
/** `=` ends a name only before a value that runs into an arrow, a period or the end (`率=70.1%→72.3%`, not `src=x`). */
const NAME_END = /[⇒→]|(?<=\S)=(?=\s*[約△▲-]?\d[\d,.]*[^\s⇒→=<>()]*\s*(?:[⇒→(]|$))|現状値|基準値|目標数値|目標値/;

/** A statement split into its name and its baseline and target texts. */
export interface Statement {
  name: string;
  baseline: string | null;
  target: string | null;
}

/** Bullets and dashes in front of an item. */
const LEADING_BULLETS = new RegExp(`^[\\s\\-${BULLETS}]+`);

/** Removes list bullets and dashes that PDF extraction left in front of an item. */
export function stripBullet(text: string): string {
  return text.replace(LEADING_BULLETS, '').replace(/^[①-⑳]\s*/, '').trim();
}

/**
 * Splits one indicator statement (already joined over its wrapped lines).
 * `splitStatement('・観光入込客数 ⇒ 現状値(H30) 76万人 目標数値 90万人')`
 *   → { name: '観光入込客数', baseline: '(H30) 76万人', target: '90万人' };
 * `splitStatement('出生数:187人(令和5年)→200～220人(令和11年)')`
 *   → { name: '出生数', baseline: '187人(令和5年)', target: '200～220人(令和11年)' };
 * `splitStatement('●交通事故件数=12,039件→10,000件未満')` → { name: '交通事故件数', baseline: '12,039件', target: '10,000件未満' };
 * null when the text has no name followed by an arrow, `=` or a value keyword.
 */
export function splitStatement(text: string): Statement | null {
  const t = stripBullet(text.replace(/\s+/g, ' '));
  const end = t.search(NAME_END);
  if (end <= 0) return null;
  let name = t.slice(0, end).trim();
  if (t[end] === '=') {
    // ●汚水・衛生処理率=70.1%→72.3%: the baseline stands between = and the arrow.
    const [baseline, target] = t.slice(end + 1).split(/\s*[⇒→]\s*/, 2).map((s) => s.trim());
    return target === undefined ? { name, baseline: null, target: baseline || null } : { name, baseline: baseline || null, target: target || null };
  }
  const rest = t.slice(end).replace(/^[⇒→]\s*/, '').trim();
  const colon = name.search(/[:：]/);
  if (colon > 0 && /[⇒→]/.test(t[end] ?? '')) {
    // 出生数:187人(令和5年)→200人: the baseline stands between the colon and the arrow.
    const baseline = name.slice(colon + 1).trim();
    name = name.slice(0, colon).trim();
    return { name, baseline: baseline || null, target: rest || null };
  }
  name = name.replace(/[:：]$/, '').trim();
  if (/[⇒→]/.test(t[end] ?? '')) {
    // 観光入込客数 45万人(R1) → 50万人(R7): the baseline is the value the name's last word states.
    const last = TRAILING_VALUE.exec(name);
    if (last && last.index > 0 && statesValue(last[1]!)) return { name: name.slice(0, last.index).trim(), baseline: last[1]!, target: rest || null };
  }
  const targetAt = rest.search(TARGET_WORDS);
  if (targetAt === -1) {
    if (BASELINE_WORDS.test(rest)) return { name, baseline: rest.replace(BASELINE_WORDS, '').trim() || null, target: null };
    return { name, baseline: null, target: rest || null };
  }
  // 現状値 25件（R1年度）、目標値 40件 / 現状値 65%(R1) → 目標値 70%: the comma or arrow between the sides belongs to neither.
  const baseline = rest.slice(0, targetAt).replace(BASELINE_WORDS, '').replace(/[\s、,，/／⇒→]+$/, '').trim();
  const target = rest.slice(targetAt).replace(TARGET_WORDS, '').trim();
  return { name, baseline: baseline || null, target: target || null };
}

/** The last space-separated word of a name when it starts with a value (`45万人(R1)`, `年間320人`, `(H30)76万人`). */
const TRAILING_VALUE = /\s((?:[(（][^()（）]*[)）]\s*)?(?:年間|毎年|約|累計|延べ)?\s*[△▲-]?\d[\d,.]*[^\s]*(?:\s*[(（][^()（）]*[)）])?)$/;

/** True when a word reads as a baseline with a value. */
function statesValue(word: string): boolean {
  try {
    return parseBaseline(word)?.value !== undefined;
  } catch (error) {
    if (error instanceof RecognizeError) return false;
    throw error;
  }
}

/**
 * Splits a line that holds several `name ⇒ …` statements (HTML lists flattened onto one line).
 * Each later statement starts after the first `・` that follows a value of the one before.
 * `splitStatements('・ A ⇒ 目標数値 100人・ B ⇒ 現状値 3.6‰')` → ['・ A ⇒ 目標数値 100人', 'B ⇒ 現状値 3.6‰'].
 */
export function splitStatements(text: string): string[] {
  const arrows = [...text.matchAll(/⇒/g)].map((m) => m.index);
  if (arrows.length < 2) return [text];
  const pieces: string[] = [];
  let start = 0;
  for (let i = 1; i < arrows.length; i++) {
    const between = text.slice(arrows[i - 1], arrows[i]);
    const boundary = /\d[\d,.]*\s*[^\s・\d]*\s*・/.exec(between);
    if (!boundary) continue;
    const cut = arrows[i - 1]! + boundary.index + boundary[0].length - 1;
    pieces.push(text.slice(start, cut).trim());
    start = cut + 1;
  }
  pieces.push(text.slice(start).trim());
  return pieces;
}
