import { ERAS } from '../../../src/core/eras';
import type { SourceDoc } from '../read/SourceDoc';
import type { Header } from './readHeader';
import { ERA_LESS_YEAR } from './readHeader';

/** A year written with its era's name or letter: `平成25年度`, `H25`, `(H25まで)`. */
const ERA_YEAR = new RegExp(`(${ERAS.map((e) => e.name).join('|')})(?:\\d{1,2}|元)年|(?<![A-Za-z\\d])([${ERAS.map((e) => e.letter).join('')}])(?:\\d{1,2}|元)(?![A-Za-z\\d.])`, 'g');

/**
 * The one era a document writes its years in, as its letter: a page that dates `(H25まで)` and heads
 * a column `目標値24年度` means 平成24年度 there. Null when it names no era or several (`H30` and
 * `R7` on one page leave an era-less year unknown). `'…(H25まで)は市…'` → `H`.
 */
export function documentEra(doc: SourceDoc): string | null {
  const letters = new Set<string>();
  for (const line of doc.lines) {
    for (const match of line.text.matchAll(ERA_YEAR)) letters.add(match[2] ?? ERAS.find((e) => e.name === match[1])!.letter);
  }
  return letters.size === 1 ? [...letters][0]! : null;
}

/** A header whose era-less column periods (`24年度`) are dated by the document's era: `H24年度`. Unchanged without an era. */
export function withDocumentEra(header: Header, era: string | null): Header {
  if (era === null) return header;
  const columns = header.columns.map((c) => (c.period && ERA_LESS_YEAR.test(c.period) ? { ...c, period: `${era}${c.period}` } : c));
  return { ...header, columns };
}
