import type { ExtractResult } from '../types';
import type { SourceDoc } from '../../read/SourceDoc';
import { readBlockWord, undecorated } from '../readHeadings';

/**
 * Quirk `goals-by-order`: the n-th block belongs to the n-th numbered goal. Blocks are the numbered
 * measure lists (a list starts again at 1, and the bullets after it belong to it) and the goal-level
 * 数値目標 boxes (each opened by a block word alone on its line).
 */
export function goalsByOrder(doc: SourceDoc, result: ExtractResult): void {
  const goals = result.goals.filter((g) => g.number !== null).sort((a, b) => a.number! - b.number!);
  const goalAt = (k: number) => goals[k]?.key ?? null;
  let list = -1;
  let last = 0;
  for (const measure of [...result.measures].sort((a, b) => a.line - b.line)) {
    const number = measure.label && /^\d+$/.test(measure.label) ? Number(measure.label) : null;
    if (number !== null) {
      if (number === 1 || number <= last) list++;
      last = number;
    }
    measure.goalKey = goalAt(Math.max(list, 0));
  }
  const boxes = doc.lines.filter((l) => readBlockWord(undecorated(l.text.trim())) === 'goal').map((l) => l.n);
  for (const indicator of result.indicators) {
    if (indicator.level !== 'goal') continue;
    const box = boxes.filter((n) => n < indicator.line).length - 1;
    if (box >= 0) indicator.goalKey = goalAt(box);
  }
}
