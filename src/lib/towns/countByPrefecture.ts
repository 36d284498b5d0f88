import type { Town } from './town';

/** How many municipalities a prefecture has, and how many of them have data. */
export interface PrefectureCount {
  towns: number;
  withData: number;
}

/**
 * Municipalities and those with data per two-digit prefecture code:
 * [北斗市 (data), 函館市, 北上市 (data)] → { '01' → { towns: 2, withData: 1 }, '03' → { towns: 1, withData: 1 } }.
 */
export function countByPrefecture(towns: readonly Pick<Town, 'code' | 'hasData'>[]): Map<string, PrefectureCount> {
  const counts = new Map<string, PrefectureCount>();
  for (const town of towns) {
    const code = town.code.slice(0, 2);
    const count = counts.get(code) ?? { towns: 0, withData: 0 };
    count.towns += 1;
    if (town.hasData) count.withData += 1;
    counts.set(code, count);
  }
  return counts;
}
