import { applyNfkc } from './applyNfkc';
import { collapseSpaces } from './collapseSpaces';
import { decodeHtmlEntities } from './decodeHtmlEntities';
import { foldRadicals } from './foldRadicals';
import { normalizeMinusSigns } from './normalizeMinusSigns';
import { normalizeWaveDashes } from './normalizeWaveDashes';
import { removeReplacementChars } from './removeReplacementChars';
import { removeSpuriousSpaces } from './removeSpuriousSpaces';
import { restoreCubicMetres } from './restoreCubicMetres';
import { stripHtmlTags } from './stripHtmlTags';

/**
 * Cleans one extracted line into one line (line numbers are kept by the caller): HTML removed, NFKC
 * (full-width digits and letters, ⑴ → (1), ㈮ → (金); circled ① kept), radical look-alikes folded, dashes unified,
 * spurious spaces removed, TABs kept.
 * `'現状値 (第 1 期実績)\t３１社'` → `'現状値(第1期実績)\t31社'`.
 */
export function normalizeLine(raw: string): string {
  return collapseSpaces(
    raw
      .split(CELL_GAP)
      .map((piece) => removeSpuriousSpaces(normalizeKeepingSpaces(piece)))
      .join(' '),
  );
}

/**
 * A full-width space or a run of spaces: a gap the writer (or a layout-keeping conversion) put
 * between cells, never a PDF's letter spacing, which is one space (`求人数　人　12` keeps its lone `人`).
 */
const CELL_GAP = /\u3000+| {2,}/;

/**
 * normalizeLine without removing spaces: for a flattened page, where a single space between two
 * words is a cell boundary (`待機児童 人 0 0`), not a PDF artefact.
 */
export function normalizeKeepingSpaces(raw: string): string {
  // Tags before entities, so that an escaped `&lt;p&gt;` survives as text; NFKC after entities
  // turns &nbsp; into a plain space.
  const text = decodeHtmlEntities(stripHtmlTags(removeReplacementChars(raw)));
  return restoreCubicMetres(normalizeMinusSigns(normalizeWaveDashes(foldRadicals(applyNfkc(text)))));
}
