const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&nbsp;': '\u00A0',
};

/**
 * Decodes the few HTML entities that occur in extracted cells (one pass, so `&amp;lt;` stays `&lt;`).
 * `'A&amp;B&nbsp;C'` → `'A&B\u00A0C'`.
 */
export function decodeHtmlEntities(line: string): string {
  return line.replace(/&(?:amp|lt|gt|quot|#39|apos|nbsp);/g, (entity) => ENTITIES[entity] ?? entity);
}
