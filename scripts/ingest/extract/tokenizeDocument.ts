import type { SourceDoc } from '../read/SourceDoc';
import { normalizeKeepingSpaces } from '../clean/normalizeLine';
import { spaceTokens } from '../structure/splitValues';
import { isDoubleSpaced } from './doubleSpaced';
import { FLATTENED_LINE_LENGTH } from './vocabulary';

/** Cells split at stray `|` cell ends. */
function splitPipes(text: string): string[] {
  return text.split(/\s\|(?:\s|$)|^\|\s/).map((c) => c.trim()).filter((c) => c !== '' && c !== '|');
}

/** A row of a pipe table (`| 出生数 | 150人 | 160人 |`): it opens and closes with `|` and has two cells or more. */
function isPipeRow(text: string): boolean {
  const t = text.trim();
  return t.startsWith('|') && t.endsWith('|') && t.split('|').length >= 4;
}

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
  /** A blank line (or several) stands between this line and the one before, in a document that is not double-spaced (isDoubleSpaced). */
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
  // Where a blank line follows every line, blank lines separate nothing.
  const spaced = isDoubleSpaced(doc);
  let blank = false;
  for (const line of doc.lines) {
    // Spaces around a line go, TABs stay: a leading TAB is an empty first cell.
    const text = line.text.replace(/^ +| +$/g, '');
    // Blank, a lone `|` cell end, or the rule under a pipe table's header (`|---|:---:|`).
    if (text.trim() === '' || /^\|?$/.test(text.replace(/\s/g, '')) || /^\|?(\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$/.test(text.trim())) {
      blank = true;
      continue;
    }
    const piped = isPipeRow(text);
    // TAB (or pipe-table) cells keep their places, an empty cell being a missing value; stray `|` cell ends only separate.
    const cells = text.includes('\t')
      ? text.split('\t').map((c) => c.trim())
      : piped
        ? text.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim())
        : splitPipes(text);
    const flattened = text.length > FLATTENED_LINE_LENGTH && !text.includes('\t') && !piped;
    // A flattened page keeps the spaces that separate its cells (line.text has them removed as PDF artefacts).
    if (flattened) cells.splice(0, cells.length, ...splitPipes(normalizeKeepingSpaces(line.raw).replace(/^ +| +$/g, '')));
    const start = tokens.length;
    cells.forEach((cell, cellIndex) => {
      spaceTokens(cell.replace(/\s*\|$/, '')).forEach((word, i) => {
        tokens.push({
          text: word,
          line: line.n,
          lineStart: tokens.length === start,
          cellStart: i === 0,
          lineEnd: false,
          blankBefore: blank && !spaced && tokens.length === start,
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
