import { compactCell } from '../recognize/compactCell';
import { joinName } from './rowIndicators';
import type { Token } from './tokenizeDocument';
import { HEADING_MAX_LENGTH, MEASURE_LABEL_WORDS } from './vocabulary';

/** A measure an evaluation sheet names in a labelled cell, and the index after it. */
export interface MeasureLabel {
  title: string;
  line: number;
  end: number;
}

/**
 * Reads the measure an evaluation sheet names after its label (MEASURE_LABEL_WORDS): the rest of the
 * label's line (盛岡市: `施策コード 26 施策名 都市基盤施設の維持・強化`), or the next line when the label
 * stands alone on its line (桜川市, 精華町: `施策名` / `観光の振興`). The sheet's indicators stand under it.
 * A longer label (`小施策名`, `主な関連施策名`) is another word. Null at any other token.
 */
export function readMeasureLabel(tokens: Token[], i: number): MeasureLabel | null {
  const token = tokens[i]!;
  if (token.flattened || !MEASURE_LABEL_WORDS.includes(compactCell(token.text))) return null;
  let j = i + 1;
  const line = token.lineEnd ? tokens[j]?.line : token.line;
  if (line === undefined || (token.lineEnd && !tokens[j]!.lineStart)) return null;
  const words: Token[] = [];
  while (j < tokens.length && tokens[j]!.line === line) words.push(tokens[j++]!);
  const title = joinName(words);
  if (title === '' || title.length > HEADING_MAX_LENGTH || /。/.test(title)) return null;
  return { title, line, end: j };
}
