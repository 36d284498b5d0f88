/** Matches of one prefecture, in the order they came. */
export interface PrefectureGroup<M> {
  /** Two-digit prefecture code. */
  prefecture: string;
  items: M[];
}

/**
 * Groups ranked items by prefecture, the groups in the order of their best item:
 * [北斗市 (01), 北上市 (03), 芦別市 (01)] → [{ '01': [北斗市, 芦別市] }, { '03': [北上市] }].
 */
export function groupByPrefecture<M>(items: readonly M[], prefectureOf: (item: M) => string): PrefectureGroup<M>[] {
  const groups = new Map<string, M[]>();
  for (const item of items) {
    const code = prefectureOf(item);
    const list = groups.get(code);
    if (list) list.push(item);
    else groups.set(code, [item]);
  }
  return [...groups].map(([prefecture, list]) => ({ prefecture, items: list }));
}
