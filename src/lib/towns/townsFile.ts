import type { Town } from './town';

/** One prefecture in the towns file: two-digit code, name as written, English name. */
export type PrefectureRow = [code: string, name: string, english: string];

/**
 * `/data/towns.json`, the town picker's data, in columns (one array per field, a town's values at
 * one index) rather than one object per town: 1,741 towns gzip to about 31 kB instead of 39 kB
 * as rows. Codes are stored as the difference from the code before (they are sorted), which gzip
 * packs far better than six digits each. A town's prefecture is the first two digits of its code.
 */
export interface TownsFile {
  /** Format version, raised when a column changes meaning. */
  v: 1;
  prefectures: PrefectureRow[];
  /** Each code as a number minus the previous code (the first as it is): ['011002', '012025'] → [11002, 1023]. */
  code: number[];
  name: string[];
  kana: string[];
  romaji: string[];
  /** Residents (2020 census), null where the census has no count. */
  population: (number | null)[];
  /** Indices of the towns the site has data for. */
  withData: number[];
}

/** A town read back from the file, with its prefecture code. */
export interface PickerTown extends Town {
  /** Two-digit prefecture code, e.g. `'01'`. */
  prefecture: string;
}

/** The file's columns for towns sorted by code (the file stores code differences, so order matters). */
export function toTownsFile(prefectures: PrefectureRow[], towns: readonly Town[]): TownsFile {
  const codes = towns.map((t) => Number(t.code));
  if (codes.some((c, i) => i > 0 && c <= codes[i - 1]!)) throw new Error('toTownsFile: towns must be sorted by code, each once');
  return {
    v: 1,
    prefectures,
    code: codes.map((c, i) => c - (i === 0 ? 0 : codes[i - 1]!)),
    name: towns.map((t) => t.name),
    kana: towns.map((t) => t.kana),
    romaji: towns.map((t) => t.romaji),
    population: towns.map((t) => t.population),
    withData: towns.flatMap((t, i) => (t.hasData ? [i] : [])),
  };
}

/** The towns of a file as records: the inverse of toTownsFile, with the prefecture code added. */
export function readTownsFile(file: TownsFile): PickerTown[] {
  const withData = new Set(file.withData);
  let code = 0;
  return file.code.map((delta, i) => {
    code += delta;
    const text = String(code).padStart(6, '0');
    return {
      code: text,
      name: file.name[i] ?? '',
      kana: file.kana[i] ?? '',
      romaji: file.romaji[i] ?? '',
      population: file.population[i] ?? null,
      hasData: withData.has(i),
      prefecture: text.slice(0, 2),
    };
  });
}
