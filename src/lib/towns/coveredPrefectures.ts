import { prefectureCodeOf, prefectures, type Prefecture } from './prefectures';

/** A prefecture with the municipalities of it whose plans the site covers, in the order given. */
export interface CoveredPrefecture<M> {
  prefecture: Prefecture;
  municipalities: M[];
}

/**
 * The prefectures with at least one covered municipality, in code order, each with its
 * municipalities; one pass over them. [北斗市 012360, 北上市 032069, 芦別市 012165] →
 * [{ 北海道: [北斗市, 芦別市] }, { 岩手県: [北上市] }].
 */
export function coveredPrefectures<M extends { code: string }>(municipalities: readonly M[]): CoveredPrefecture<M>[] {
  const byCode = new Map<string, M[]>();
  for (const m of municipalities) {
    const code = prefectureCodeOf(m.code);
    const list = byCode.get(code);
    if (list) list.push(m);
    else byCode.set(code, [m]);
  }
  return prefectures().flatMap((prefecture) => {
    const list = byCode.get(prefecture.code);
    return list ? [{ prefecture, municipalities: list }] : [];
  });
}
