import { compactCell } from '../recognize/compactCell';
import { isNoValue } from '../recognize/isNoValue';
import { parsePeriod } from '../recognize/parsePeriod';
import { RecognizeError } from '../recognize/RecognizeError';
import { parseTarget } from '../recognize/parseTarget';
import { splitCell } from '../recognize/splitCell';
import { ACHIEVEMENT_WORDS, NONE_WORDS, STATE_WORDS } from './vocabulary';

/** What a value cell holds. */
export type CellKind = 'quantity' | 'state' | 'achievement' | 'none';

/** A token that is a table's value cell, with what it holds. */
export interface Cell {
  kind: CellKind;
  text: string;
}

/** Target kinds a word states without a number (`基準値を維持`, `均衡`). */
const STATE_KINDS: ReadonlySet<string> = new Set(['increase', 'decrease', 'maintain', 'zero-balance']);

/** A period alone (`2019年度`, `H28.3`) is a label, not a value; parsePeriod throws on unknown eras. */
function isPeriod(cell: string): boolean {
  try {
    return parsePeriod(cell) !== null;
  } catch (error) {
    if (error instanceof RecognizeError) return false;
    throw error;
  }
}

/**
 * Reads a token as a value cell, or null when it is words of a name or a sentence.
 * `'1,820人(2019年度)'` → quantity; `'↑'`, `'増加'` → state; `'未達成(1,820人)'` → achievement;
 * `'5年間で250件'`, `'延べ8'` → quantity; `'―'`, `'なし'` → none; `'出生数'`, `'2019年度'` → null.
 */
export function readCell(text: string): Cell | null {
  const cell = compactCell(text);
  if (cell === '') return null;
  if (isNoValue(cell) || NONE_WORDS.includes(cell)) return { kind: 'none', text };
  if (STATE_WORDS.includes(cell) || (!/\d/.test(cell) && STATE_KINDS.has(parseTarget(cell)?.kind ?? 'number'))) return { kind: 'state', text };
  const word = cell.replace(/\(.*\)$/, '');
  if (ACHIEVEMENT_WORDS.includes(word)) return { kind: 'achievement', text };
  if (isPeriod(cell)) return null;
  try {
    const parts = splitCell(cell, text);
    if (parts.quantity && /^(\d+年間?で|延べ)?$/.test(parts.prefix)) return { kind: 'quantity', text };
  } catch (error) {
    if (!(error instanceof RecognizeError)) throw error;
  }
  return null;
}
