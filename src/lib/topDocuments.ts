/** A source document with how many items (lines not recorded, corrections) belong to it. */
export interface DocumentCount {
  file: string;
  count: number;
}

/**
 * Counts items per source file and keeps the `n` files with the most, most first, ties by file name:
 * (['seeds/b.txt', 'seeds/a.txt', 'seeds/b.txt', 'seeds/c.txt'], 2) → [{ b, 2 }, { a, 1 }].
 */
export function topDocuments(files: readonly string[], n: number): DocumentCount[] {
  const counts = new Map<string, number>();
  for (const file of files) counts.set(file, (counts.get(file) ?? 0) + 1);
  return [...counts]
    .map(([file, count]) => ({ file, count }))
    .sort((a, b) => b.count - a.count || a.file.localeCompare(b.file))
    .slice(0, Math.max(0, n));
}
