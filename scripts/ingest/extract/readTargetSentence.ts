import { compactCell } from '../recognize/compactCell';
import { toRawTarget } from '../structure/toRawValues';
import { readCell } from './readCell';
import type { Sentence } from './readSentence';
import { AIM_VERBS } from './vocabulary';

/** Longest name a target sentence gives between its quantity and を. */
const NAME_LENGTH = 30;

/**
 * Reads a 数値目標 written as the sentence of an aim: a quantity (with its window), の, the name, を
 * and a verb of aiming. `'5年間で 100 人の雇用の創出を図ります。'` → 雇用の創出, 100 人 over 5 years;
 * null for any other sentence (`…公共交通ネットワークの充実を図ります`, which states no quantity).
 */
export function readTargetSentence(text: string): Sentence | null {
  const compact = compactCell(text);
  const verbs = AIM_VERBS.join('|');
  const match = new RegExp(`^([^の。]*?\\d[^の。]*?)の([^。を]{2,${NAME_LENGTH}})を(?:${verbs})`).exec(compact);
  if (!match || readCell(match[1]!)?.kind !== 'quantity') return null;
  const target = toRawTarget(match[1]!);
  return target ? { name: match[2]!, target } : null;
}
