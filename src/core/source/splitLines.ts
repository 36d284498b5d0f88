/**
 * Splits decoded text into its raw lines, numbered from 1 by position (CRLF, CR and LF all end a
 * line; a final line end opens no empty line), so the ingest's `L<n>` and the site's are the same line.
 * `'a\r\nb\n'` → ['a', 'b'].
 */
export function splitLines(text: string): string[] {
  const raws = text.split(/\r\n|\r|\n/);
  if (raws.length > 1 && raws[raws.length - 1] === '') raws.pop();
  return raws;
}
