import { normalizeLine } from '../clean/normalizeLine';
import { readQuantity, type Quantity } from './readQuantity';

/** Where a quantity may start: a digit or a prefix (年, 全, 約, a sign) before one. */
const START = /^(?:年間?|毎年|全|約|およそ|概ね)?[△▲\-ー]?\d/;

/** The quantity starting at `text[0]` read as long as possible: the quantity and its length, or null. */
export function longestQuantity(text: string, found: string): { quantity: Quantity; length: number } | null {
  for (let end = text.length; end > 0; end--) {
    // Never cut a number in two.
    if (/[\d.,]/.test(text[end - 1] ?? '') && /[\d.,]/.test(text[end] ?? '')) continue;
    const quantity = readQuantity(text.slice(0, end), found);
    if (quantity) return { quantity, length: end };
  }
  return null;
}

/**
 * Reads every quantity of a cell, in order, ignoring labels, parenthesized notes and era years (`R1`).
 * `'2戸10.6ha'` → [{ value: 2, unit: '戸' }, { value: 10.6, unit: 'ha' }];
 * `'令和元年度末 15団体 324人'` → [{ value: 15, unit: '団体' }, { value: 324, unit: '人' }].
 */
export function parseQuantities(text: string): Quantity[] {
  const found = text.trim();
  const quantities: Quantity[] = [];
  for (const word of normalizeLine(text).replace(/\([^)]*\)?/g, ' ').split(/\s+/)) {
    let at = 0;
    while (at < word.length) {
      const rest = word.slice(at);
      const startsHere = START.test(rest) && !/[\d.,A-Za-z]/.test(word[at - 1] ?? '');
      const read = startsHere ? longestQuantity(rest, found) : null;
      if (read) {
        quantities.push(read.quantity);
        at += read.length;
      } else {
        at += /^\d/.test(rest) ? (/^[\d.,]+/.exec(rest)?.[0].length ?? 1) : 1;
      }
    }
  }
  return quantities;
}
