/**
 * Drops U+FFFD replacement characters, which mark glyphs the PDF extractor could not map.
 * `'令和２年３月に\uFFFD'` → `'令和２年３月に'`.
 */
export function removeReplacementChars(line: string): string {
  return line.replace(/\uFFFD/g, '');
}
