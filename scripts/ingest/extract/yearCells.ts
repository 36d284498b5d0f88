import { compactCell } from '../recognize/compactCell';
import { spaceTokens } from '../structure/splitValues';

/** A year column's label: with its era or letter (`平成26年度`, `H19(実績)`), or a year of the document's era (`22年度`). */
const YEAR_CELL = /^((?:平成|令和|昭和|[HRS])\d{1,2}(?:年度?)?|\d{1,2}年度)(?:\([^()]*\))?$/;

/**
 * The year column labels a line holds when it holds nothing else (`22年度`; `H19(実績) H20(実績) … H24(試算)`),
 * each without its qualifier: `'H19(実績) H20(実績)'` → [`H19`, `H20`]; `'22年度'` → [`22年度`]; other lines → [].
 */
export function yearCells(text: string): string[] {
  const words = spaceTokens(text.trim()).map(compactCell);
  if (words.length === 0 || !words.every((w) => YEAR_CELL.test(w))) return [];
  return words.map((w) => YEAR_CELL.exec(w)![1]!);
}
