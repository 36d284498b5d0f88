import { compactCell } from '../recognize/compactCell';
import { readColumn } from './readHeader';
import { SECTION_LABEL_LENGTH, SECTION_LABEL_WORDS } from './vocabulary';

/**
 * True for a line that labels a section of an evaluation sheet (SECTION_LABEL_WORDS): short, holding
 * one of the words, and not a header cell that is the word alone (`確認方法` in a header row is a column).
 * `'成果指標設定の考え方'`, `'算定式等'` → true; `'確認方法'`, `'観光客入り込み客数'` → false.
 */
export function isSectionLabel(text: string): boolean {
  const cell = compactCell(text);
  if (cell === '' || [...cell].length > SECTION_LABEL_LENGTH || /。/.test(cell)) return false;
  if (readColumn(cell, false)?.label === cell && SECTION_LABEL_WORDS.includes(cell)) return false;
  return SECTION_LABEL_WORDS.some((w) => cell.includes(w));
}
