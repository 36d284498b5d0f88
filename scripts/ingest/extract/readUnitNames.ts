import type { SourceDoc } from '../read/SourceDoc';
import { compactCell } from '../recognize/compactCell';
import { CIRCLED } from './readHeadings';
import { HEADING_MAX_LENGTH, NAME_UNITS } from './vocabulary';

/** An indicator of a numbered list printed one cell per line, with its unit cell. */
export interface UnitName {
  name: string;
  /** Line where the name starts. */
  line: number;
  unit: string;
}

/** Most lines a name may wrap over between its number and its unit. */
const NAME_LINES = 3;

/**
 * Reads the numbered indicators of an evaluation sheet printed one cell per line, from line n:
 * each a circled number with its name on the same line or the next (`①観光客入り込み客数`, `①` /
 * `消防団定員数比率`), the name wrapped over a few lines at most (`②上野沼…利用` / `者数`), then its 単位
 * cell (`人`, `%`, NAME_UNITS), in the list's order ①②③…. Numbers left without a name (`③` / `④`) end
 * the list. Null unless line n opens ① and two indicators or more are read.
 */
export function readUnitNames(doc: SourceDoc, n: number): { names: UnitName[]; end: number } | null {
  const text = (k: number) => doc.lines[k - 1]?.text.trim() ?? '';
  const names: UnitName[] = [];
  let k = n;
  let end = n;
  while (k <= doc.lines.length && text(k).startsWith(CIRCLED[names.length]!)) {
    const own = compactCell(text(k).slice(1));
    let name = own;
    let line = k;
    let m = k + 1;
    if (own === '') [name, line, m] = [compactCell(text(k + 1)), k + 1, k + 2];
    while (m <= doc.lines.length && m - line < NAME_LINES && !NAME_UNITS.includes(compactCell(text(m))) && isNamePart(text(m))) name += compactCell(text(m++));
    if (name === '' || !isNamePart(name) || !NAME_UNITS.includes(compactCell(text(m)))) break;
    names.push({ name, line, unit: compactCell(text(m)) });
    end = m;
    k = m + 1;
  }
  return names.length >= 2 ? { names, end } : null;
}

/** Words of a name: no number first, no sentence, no circled number, short. */
function isNamePart(text: string): boolean {
  const cell = compactCell(text);
  return cell !== '' && cell.length <= HEADING_MAX_LENGTH && !/^[\d.,]+$/.test(cell) && !/。/.test(cell) && !CIRCLED.includes(cell[0]!);
}
