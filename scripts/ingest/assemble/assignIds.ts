/**
 * Indicator ids: `<planId>-L<line>`, with `-1`, `-2`… when a line states several.
 * `indicatorIds('p', [5, 7, 7])` → ['p-L5', 'p-L7-1', 'p-L7-2'].
 */
export function indicatorIds(planId: string, lines: number[]): string[] {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  const seen = new Map<number, number>();
  return lines.map((line) => {
    if (counts.get(line) === 1) return `${planId}-L${line}`;
    const k = (seen.get(line) ?? 0) + 1;
    seen.set(line, k);
    return `${planId}-L${line}-${k}`;
  });
}
