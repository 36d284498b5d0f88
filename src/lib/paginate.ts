/**
 * Splits a list into pages of at most `size` items, in order; an empty list is one empty page, so
 * that a page built from it still exists. `paginate([a, b, c], 2)` → [[a, b], [c]].
 */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`paginate: page size must be a positive integer, got ${size}`);
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length === 0 ? [[]] : pages;
}
