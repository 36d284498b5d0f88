import type { RawMeasure } from './types';
import { stripBullet } from '../structure/splitStatement';
import { CIRCLED } from './readHeadings';

const ACTION_ITEM = new RegExp(`^[-\\s]*([${CIRCLED}])\\s*(.+)$`);

/**
 * Adds a line of a 具体的取組 block to a measure: a ①-item opens a new action, a bullet (`・…`) is a
 * detail of the last one, a line without a bullet goes on with the detail before it.
 * `'① 企業立地の促進'` → action 企業立地の促進; `'- ・ 立地企業への補助金交付…'` → its detail.
 */
export function readActionLine(measure: RawMeasure, line: number, text: string): void {
  const item = ACTION_ITEM.exec(text);
  if (item) {
    measure.actions.push({ text: item[2]!.trim(), details: [], line });
    return;
  }
  const bullets = text.split(/(?:^|\s)・/).map((b) => stripBullet(b)).filter((b) => b !== '');
  if (bullets.length === 0) return;
  let action = measure.actions[measure.actions.length - 1];
  if (!action) {
    action = { text: measure.title, details: [], line };
    measure.actions.push(action);
  }
  const startsBullet = /^[-\s]*・/.test(text) || text.includes(' ・');
  if (!startsBullet && action.details.length > 0) {
    action.details[action.details.length - 1] += bullets.join('');
  } else action.details.push(...bullets);
  action.lineEnd = line;
}
