/** A Japanese era: its name, its letter and the Western year of its first year (元年). */
export type Era = { name: string; letter: string; firstYear: number };

/**
 * The modern eras, e.g. { name: '平成', letter: 'H', firstYear: 1989 }; a year past an era's end (H32)
 * still counts on. One table for the ingest (H30 → 2018) and the site (2018 → 平成30).
 */
export const ERAS: readonly Era[] = [
  { name: '明治', letter: 'M', firstYear: 1868 },
  { name: '大正', letter: 'T', firstYear: 1912 },
  { name: '昭和', letter: 'S', firstYear: 1926 },
  { name: '平成', letter: 'H', firstYear: 1989 },
  { name: '令和', letter: 'R', firstYear: 2019 },
];
