import type { SourceDoc } from '../read/SourceDoc';
import { spaceTokens } from '../structure/splitValues';
import { FLATTENED_LINE_LENGTH } from './vocabulary';

/** One word or cell of a document, with where it stands. */
export interface Token {
  text: string;
  /** 1-based source line. */
  line: number;
  /** First token of its line. */
  lineStart: boolean;
  /** Opens a cell: first of the line, after a TAB, or after a stray `|` cell end. */
  cellStart: boolean;
  /** Last token of its line. */
  lineEnd: boolean;
  /** A blank line (or several) stands between this line and the one before. */
  blankBefore: boolean;
  /** Its line is a flattened page (a table or several paragraphs on one line). */
  flattened: boolean;
  /** Number of cells (TAB-separated, empty ones counted) of its line; 1 for a line without TABs. */
  lineCells: number;
  /** Index of its TAB cell in the line. */
  cellIndex: number;
}

/**
 * Splits a document into tokens: TABs and stray `|` cell ends separate cells, spaces separate words
 * (a parenthesized group stays with the word before it: `1,820人 (2019年度)` is one token).
 * `'出生数\t2,264人 |'` → tokens `出生数` (cellStart) and `2,264人` (cellStart, lineEnd).
 */
export function tokenizeDocument(doc: SourceDoc): Token[] {
  const tokens: Token[] = [];
  let blank = false;
  for (const line of doc.lines) {
    // Spaces around a line go, TABs stay: a leading TAB is an empty first cell.
    const text = line.text.replace(/^ +| +$/g, '');
    if (text.trim() === '' || /^\|?$/.test(text.replace(/\s/g, ''))) {
      blank = true;
      continue;
    }
    // TAB cells keep their places (an empty cell is a missing value); `|` cell ends only separate.
    const cells = text.includes('\t')
      ? text.split('\t').map((c) => c.trim())
      : text.split(/\s\|(?:\s|$)|^\|\s/).map((c) => c.trim()).filter((c) => c !== '' && c !== '|');
    const flattened = text.length > FLATTENED_LINE_LENGTH && !text.includes('\t');
    const start = tokens.length;
    cells.forEach((cell, cellIndex) => {
      spaceTokens(cell.replace(/\s*\|$/, '')).forEach((word, i) => {
        tokens.push({
          text: word,
          line: line.n,
          lineStart: tokens.length === start,
          cellStart: i === 0,
          lineEnd: false,
          blankBefore: blank && tokens.length === start,
          flattened,
          lineCells: cells.length,
          cellIndex,
        });
      });
    });
    if (tokens.length > start) tokens[tokens.length - 1]!.lineEnd = true;
    blank = false;
  }
  return tokens;
}
