import { normalizeLine } from '../clean/normalizeLine';

/**
 * Normalizes a table cell and drops every space except one between two digits, so that recognizers
 * see one spelling. `'２５ 億 4,000 万円（R1）'` → `'25億4,000万円(R1)'`; `'1.33 1.54'` keeps its space.
 */
export function compactCell(text: string): string {
  return normalizeLine(text.replace(/\t/g, ' ')).replace(/(?<![\d.,]) | (?![\d.,])/g, '');
}
