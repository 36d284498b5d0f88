import { readQuantity, type Quantity } from './readQuantity';

/** A value cell taken apart: parenthesized groups, the text before the quantity, the quantity. */
export type CellParts = {
  /** Contents of the parentheses that open or close the cell (`(H30)76万人`, `6.6人(維持)`). */
  groups: string[];
  /** Text before the quantity (`石鳥谷線`, `北海道水準(H29)`, `5年間で`); '' when none. */
  prefix: string;
  /** The quantity, or null when the cell holds none. */
  quantity: Quantity | null;
  /** A qualifier after the quantity (`以上`, `以下`, `未満`); '' when none. */
  qualifier: string;
};

/** Where a quantity may start: a digit or a prefix (年, 全, 約, a sign) before one, not inside a number or code. */
const START = /(?<![\d.,A-Za-z])(?:年間?|毎年|全|約|およそ|概ね)?[△▲\-ー]?\d/g;
const QUALIFIER = /(以上|以下|未満|超)$/;

/** Index of the parenthesis matching the one at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Index of the parenthesis matching the last one, or -1. */
function opening(text: string): number {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    if (text[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Takes a compacted value cell apart; a cell wrapped whole in parentheses is unwrapped first.
 * `'(H30)76万人'` → { groups: ['H30'], prefix: '', quantity: { value: 76, unit: '万人' }, qualifier: '' }.
 */
export function splitCell(cell: string, found: string): CellParts {
  let rest = cell;
  if (rest.startsWith('(') && closing(rest, 0) === rest.length - 1) rest = rest.slice(1, -1);
  const leading: string[] = [];
  while (rest.startsWith('(') && closing(rest, 0) > 0) {
    const end = closing(rest, 0);
    leading.push(rest.slice(1, end));
    rest = rest.slice(end + 1);
  }
  const trailing: string[] = [];
  while (rest.endsWith(')') && opening(rest) > 0) {
    const start = opening(rest);
    trailing.unshift(rest.slice(start + 1, -1));
    rest = rest.slice(0, start);
  }
  const qualifier = QUALIFIER.exec(rest)?.[1] ?? '';
  const core = rest.slice(0, rest.length - qualifier.length);
  for (const match of core.matchAll(START)) {
    const quantity = readQuantity(core.slice(match.index), found);
    if (quantity) return { groups: [...leading, ...trailing], prefix: core.slice(0, match.index), quantity, qualifier };
  }
  return { groups: [...leading, ...trailing], prefix: rest, quantity: null, qualifier: '' };
}
