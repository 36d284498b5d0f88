/** Tags that some extractors left around table cells and list items. */
const TAG = /<\/?(?:p|ul|ol|li|br|span|div)\b[^>]*\/?>/gi;

/**
 * Replaces the HTML tags PDF extraction left in table cells by one space each.
 * `'<p>○子育て</p> <p>医療費</p>'` → `' ○子育て   医療費 '`.
 */
export function stripHtmlTags(line: string): string {
  return line.replace(TAG, ' ');
}
