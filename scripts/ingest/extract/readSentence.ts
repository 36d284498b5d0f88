import { compactCell } from '../recognize/compactCell';
import { findPeriod } from '../recognize/findPeriod';
import type { RawTarget } from './types';
import { toRawTarget } from '../structure/toRawValues';
import { readCell } from './readCell';
import { PHRASE_VERBS, SENTENCE_DIRECTIONS } from './vocabulary';

/** A KPI written as a phrase: its name and target. */
export interface Sentence {
  name: string;
  target: RawTarget;
}

/** Words that make the quantity after them a yearly amount (`年間50人`). */
const YEARLY = ['年間', '毎年'];

/** The quantity that ends a text (`…合計15件以上`, `…(350人/年)`, `…:35億円`), with where it starts. */
function trailingQuantity(text: string): { at: number; text: string } | null {
  const inParens = /\(([^()]*\d[^()]*)\)$/.exec(text);
  if (inParens && readCell(inParens[1]!)?.kind === 'quantity') return { at: inParens.index, text: inParens[1]! };
  for (let at = 0; at < text.length; at++) {
    const opens = /[\d約△▲]/.test(text[at]!) || YEARLY.some((w) => text.startsWith(w, at));
    if (!opens || /[\d.,]/.test(text[at - 1] ?? '')) continue;
    if (readCell(text.slice(at))?.kind === 'quantity') return { at, text: text.slice(at) };
  }
  return null;
}

/** Name text without the particles and marks that join it to its value. */
function cleanName(text: string): string {
  return text.replace(/[:：\s]+$/, '').replace(/[のをがは]$/, '').trim();
}

/** A period in parentheses that ends a phrase (`…に引き上げます(令和6年度)`), with where it starts. */
function trailingPeriod(text: string): { at: number; label: string } | null {
  const group = /\(([^()]+)\)$/.exec(text);
  const found = group ? findPeriod(group[1]!) : null;
  return found && found.start === 0 && found.end === group![1]!.length ? { at: group!.index, label: group![1]! } : null;
}

/**
 * Reads a KPI phrase of a bullet list: a period that leads (`令和11(2029)年度までの`), a direction that
 * ends (`…の維持`, `…の増加`), a quantity that ends; anything else is a qualitative target.
 * `'令和11(2029)年度までの合計特殊出生率2.30の維持'` → 合計特殊出生率, maintain 2.3 (令和11(2029)年度まで);
 * `'UIJターン数(350人/年)'` → UIJターン数, 350 人/年; `'身近な景観が美しい'` → qualitative;
 * a verb and a period that close it: `'合計特殊出生率を1.50に引き上げます(令和6年度)'` → 合計特殊出生率, 1.5 (令和6年度).
 */
export function readSentence(phrase: string): Sentence {
  let text = compactCell(phrase);
  let period: string | null = null;
  const lead = findPeriod(text);
  if (lead && lead.start === 0) {
    const after = /^(まで(に)?の?|の|に)/.exec(text.slice(lead.end));
    if (after) {
      period = text.slice(0, lead.end + (after[0].startsWith('まで') ? 2 : 0));
      text = text.slice(lead.end + after[0].length);
    }
  }
  const closing = period ? null : trailingPeriod(text);
  if (closing) [period, text] = [closing.label, text.slice(0, closing.at)];
  // `毎年80人の確保(最終目標100人)`: a note in parentheses after the verb says more of the target than it sets.
  const note = /\([^()]*\)$/.exec(text);
  if (note && PHRASE_VERBS.some((v) => text.slice(0, note.index).endsWith(v))) text = text.slice(0, note.index);
  const verb = PHRASE_VERBS.find((v) => text.endsWith(v) && text !== v);
  if (verb) text = text.slice(0, -verb.length);
  let direction: RawTarget['kind'] | null = null;
  for (const [word, kind] of SENTENCE_DIRECTIONS) {
    const at = [`${word}します`, `${word}する`, word].find((w) => text.endsWith(w) && text !== w);
    if (!at) continue;
    direction = kind;
    text = text.slice(0, -at.length).replace(/[のを]$/, '');
    break;
  }
  const quantity = trailingQuantity(text);
  const dated = period ? toRawTarget(`0(${period})`) : null;
  const when = (t: RawTarget): RawTarget => (dated && t.period === null ? { ...t, period: dated.period, fiscalYear: dated.fiscalYear } : t);
  if (quantity) {
    const target = toRawTarget(quantity.text)!;
    return { name: cleanName(text.slice(0, quantity.at)), target: when(direction ? { ...target, kind: direction } : target) };
  }
  const words = direction ? null : compactCell(phrase);
  const target: RawTarget = { kind: direction ?? 'qualitative', value: null, valueMax: null, unit: '', period: null, fiscalYear: null, note: words, perYear: null, years: null, basis: 'total' };
  return { name: cleanName(text), target: when(target) };
}
