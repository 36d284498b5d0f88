import type { Mark } from '../../../lib/search/engine/types';
import { segments } from '../../../lib/search/highlight';

/**
 * Appends a text to an element as text nodes, the marked parts in `<mark>`: data is never parsed
 * as HTML. `appendMarked(li, '<b>移住</b>', [[3, 5]])` → li holds '<b>', <mark>移住</mark>, '</b>' as text.
 */
export function appendMarked(parent: HTMLElement, text: string, marks: readonly Mark[]): void {
  const doc = parent.ownerDocument;
  for (const part of segments(text, marks)) {
    if (part.marked) {
      const mark = doc.createElement('mark');
      mark.textContent = part.text;
      parent.append(mark);
    } else parent.append(doc.createTextNode(part.text));
  }
}
