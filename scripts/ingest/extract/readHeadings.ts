import type { IndicatorLevel } from '../../../src/schemas/indicator';
import { compactCell } from '../recognize/compactCell';
import type { GoalKind } from '../../../src/schemas/goal';
import type { Token } from './tokenizeDocument';
import {
  ARROWS,
  BULLETS,
  GOAL_BLOCK_WORDS,
  GOAL_WORDS,
  HEADING_MAX_LENGTH,
  MEASURE_BLOCK_WORDS,
  PROJECT_SUFFIXES,
} from './vocabulary';

/** Circled numbers ①–⑳ as used for numbered items. */
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** A token without its heading decoration: `■基本目標1` → `基本目標1`, `<数値目標>` → `数値目標`, `【基本目標 2】` → `基本目標2`. */
export function undecorated(text: string): string {
  return compactCell(text)
    .replace(/^[■□◆◇▶►]+/, '')
    .replace(/^[【<〈《\[]/, '')
    .replace(/[】>〉》\]]$/, '')
    .trim();
}

/** A goal heading's word, number and the title text that follows in the same token. */
export interface GoalHead {
  kind: GoalKind;
  word: string;
  number: number | null;
  /** Title written in the same token (`基本目標1:若い世代の…`), '' when it follows. */
  inlineTitle: string;
  /** Tokens the heading itself used (the word, and the number when it stands alone). */
  used: number;
}

/**
 * Reads a goal heading at tokens[i]: a goal word with its number (`基本目標1`, `【基本目標 2】`,
 * `■基本目標1`, `目標1`, `1章`, `基本目標 1`), or a number before a project title
 * (`1 子育て寄り添いプロジェクト`). A bullet before it (`・基本目標2 …`) is read only when `bulleted`:
 * the caller decides whether a bulleted line heads a goal or lists goals. The caller checks where it stands.
 */
export function readGoalHead(tokens: Token[], i: number, bulleted = false): GoalHead | null {
  const token = tokens[i]!;
  const bullet = new RegExp(`^[${BULLETS}\\-]+\\s*`);
  if (bullet.test(token.text) && !/^[■□◆◇]/.test(token.text) && !bulleted) return null;
  const text = undecorated(bulleted ? token.text.replace(bullet, '') : token.text);
  for (const [word, kind] of GOAL_WORDS) {
    const chapter = word === '章';
    const match = chapter ? /^(\d+)章(.*)$/.exec(text) : text.startsWith(word) ? [text, text.slice(word.length)] : null;
    if (!match) continue;
    let number: number | null = null;
    let rest: string;
    let used = 1;
    if (chapter) {
      number = Number(match[1]);
      rest = match[2]!;
    } else {
      const numbered = /^(\d+)(.*)$/.exec(match[1]!) ?? romanNumbered(match[1]!) ?? circledNumbered(match[1]!);
      rest = numbered ? numbered[2]! : match[1]!;
      if (numbered) number = Number(numbered[1]);
      else if (rest === '' && /^\d+$/.test(undecorated(tokens[i + 1]?.text ?? '')) && tokens[i + 1]!.line === token.line) {
        number = Number(undecorated(tokens[i + 1]!.text));
        used = 2;
      }
    }
    const numberless = kind === 'top-priority' || kind === 'cross-cutting';
    if (number === null && !numberless) continue;
    if (rest !== '' && !/^[:：\s]/.test(rest) && number === null) continue;
    if (rest !== '' && /^[の値数を指]/.test(rest)) continue;
    // `〈基本目標①〉まちに…`: the closing bracket stands between the number and the title.
    return { kind, word: chapter ? '章' : word, number, inlineTitle: rest.replace(/^[】〉》>\]]?[:：\s]*/, ''), used };
  }
  const next = tokens[i + 1];
  // `1 子育て寄り添いプロジェクト`, or the number alone on its line and the title on the next.
  const titleTokens = next && next.line === token.line ? [next] : next?.lineStart && token.lineEnd ? lineOf(tokens, i + 1) : [];
  const title = titleTokens.map((t) => compactCell(t.text)).join('');
  if (/^\d+$/.test(text) && title !== '' && PROJECT_SUFFIXES.some((s) => title.endsWith(s))) {
    return { kind: 'project', word: PROJECT_SUFFIXES.find((s) => title.endsWith(s))!, number: Number(text), inlineTitle: '', used: 1 };
  }
  return null;
}

/** Roman numerals of goal headings (`基本目標Ⅰ`, read as `I` after NFKC), in the shape of a digits match: [text, '1', rest]. */
function romanNumbered(text: string): [string, string, string] | null {
  const roman = /^(VIII|VII|VI|IV|IX|III|II|I|V|X)(?![A-Za-z])(.*)$/.exec(text);
  if (!roman) return null;
  const value = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'].indexOf(roman[1]!) + 1;
  return [text, String(value), roman[2]!];
}

/** A circled number of a goal heading (`基本目標①`), in the shape of a digits match: [text, '1', rest]. */
function circledNumbered(text: string): [string, string, string] | null {
  const at = CIRCLED.indexOf(text[0] ?? '-');
  return at === -1 ? null : [text, String(at + 1), text.slice(1)];
}

/** The tokens of the line that starts at tokens[i]. */
function lineOf(tokens: Token[], i: number): Token[] {
  const line: Token[] = [];
  for (let j = i; j < tokens.length && tokens[j]!.line === tokens[i]!.line; j++) line.push(tokens[j]!);
  return line;
}

/** A text made safe to stand in a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Level of a block word standing alone: `■ 数値目標` → goal, `重要業績評価指標(KPI)` → measure, `(iii)…の重要業績評価指標` → measure; null for other text. */
export function readBlockWord(text: string): IndicatorLevel | null {
  // `(iii)具体的施策・施策ごとの重要業績評価指標`: a roman item label (`(ⅲ)` after NFKC) before the block word.
  const word = undecorated(text).replace(/^\((?:i{1,3}|iv|v|vi{1,3}|ix|x)\)/, '');
  // `本事業における重要業績評価指標(KPI)`: a block word after a short phrase naming whose it is.
  if (MEASURE_BLOCK_WORDS.some((w) => word === w || new RegExp(`^.{1,10}(における|の)${escapeRegExp(w)}$`).test(word))) return 'measure';
  // `《具体的な取組み内容と事業名及び事業ごとの重要業績評価指標(KPI)》`: a bracketed heading that ends with the block word.
  const bracketed = /^[【《〈<].*[】》〉>]$/.test(compactCell(text));
  if (bracketed && word.length <= HEADING_MAX_LENGTH && MEASURE_BLOCK_WORDS.some((w) => new RegExp(`(における|の)${escapeRegExp(w)}$`).test(word))) return 'measure';
  if (GOAL_BLOCK_WORDS.includes(word) || /^<?数値目標(\(抜粋\))?>?$/.test(word)) return 'goal';
  return null;
}

/** A reference to a page of another document after a heading: `【総合戦略72頁】`. */
const PAGE_REFERENCE = /【[^】]*\d+頁】$/;

/**
 * A label's text cut off by a line break, not a title: two characters or fewer (`①目標`), ending
 * with a particle (`②取組の` / `方向性`), or the start of a block word (`③重要業績評価` / `指標(KPI)`).
 */
function isFragment(title: string): boolean {
  const compact = compactCell(title);
  if (compact.length <= 2 || /[のをがにとはへで]$/.test(compact)) return true;
  return [...MEASURE_BLOCK_WORDS, ...GOAL_BLOCK_WORDS].some((word) => word.startsWith(compact) && word !== compact);
}

/** Rank of a measure label's style: `2.` heads `(1)`, which heads `①`. */
export function labelRank(label: string): number {
  return /^\d+\.$/.test(label) ? 1 : /^\(\d+\)$/.test(label) ? 2 : 3;
}

/** A policy number of two levels (`1-1`, `2-3`): the first names the goal, so it heads a measure even under no goal heading; not a span of months, days or ages (`4-6月`). */
export const POLICY_LABEL = /\d{1,2}-\d{1,2}(?![\d-]|\s*[月日年歳時%])/;

/** A measure heading: its label (`(1)`, `①`, `2.`) and title. */
export interface MeasureHead {
  label: string;
  title: string;
  /** Tokens used, the title's included. */
  used: number;
}

/**
 * Reads a measure heading at tokens[i]: `(1)安全・安心なまちをつくる`, `(1) title`, `①子育て・就学前教育`,
 * `2.U/Iターン促進事業`, `1-1 結婚・出産支援 の充実`. The title is short and is no sentence (no `。`).
 */
export function readMeasureHead(tokens: Token[], i: number): MeasureHead | null {
  const token = tokens[i]!;
  const text = compactCell(token.text);
  const match = new RegExp(`^(\\(\\d+\\)|[${CIRCLED}]|\\d+\\.(?!\\d)|${POLICY_LABEL.source})(.*)$`).exec(text);
  if (!match) return null;
  let title = match[2]!;
  let used = 1;
  const next = tokens[i + 1];
  if (!token.flattened) {
    // On a line of its own the title is the rest of the line, spaces as written (`②公共施設照明 LED 化の推進`).
    const rest = lineOf(tokens, i).slice(1);
    title = [title, ...rest.map((t) => t.text.trim())].filter((t) => t !== '').join(' ');
    used += rest.length;
  } else if (title === '' && next && next.line === token.line) {
    title = compactCell(next.text);
    used = 2;
  }
  title = title.replace(PAGE_REFERENCE, '').trim();
  // A statement after a list marker (`① 新規就農者数:1.4人/年 → 4組/年`) is no heading.
  if (title === '' || title.length > HEADING_MAX_LENGTH || /。/.test(title) || /^[\d,.%]/.test(title) || isFragment(title) || new RegExp(`[${ARROWS}]`).test(title)) return null;
  return { label: match[1]!, title, used };
}
