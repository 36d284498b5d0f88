import { RecognizeError } from './RecognizeError';

/** A Japanese era: its name, its letter and the Western year of its first year (元年). */
type Era = { name: string; letter: string; firstYear: number };

/** The modern eras, e.g. { name: '平成', letter: 'H', firstYear: 1989 }; a year past an era's end (H32) still counts on. */
export const ERAS: readonly Era[] = [
  { name: '明治', letter: 'M', firstYear: 1868 },
  { name: '大正', letter: 'T', firstYear: 1912 },
  { name: '昭和', letter: 'S', firstYear: 1926 },
  { name: '平成', letter: 'H', firstYear: 1989 },
  { name: '令和', letter: 'R', firstYear: 2019 },
];

/** What a RecognizeError says was expected when an era is unknown (`(X3)`, `Q5年度`). */
export const ERA_EXPECTED = 'a Japanese era (明治/大正/昭和/平成/令和 or M/T/S/H/R) or a Western year';

/** The era named by a name or a letter; throws for an unknown one. `findEra('H')` → 平成. */
export function findEra(era: string): Era {
  const found = ERAS.find((e) => e.name === era || e.letter === era);
  if (!found) throw new RecognizeError({ expected: ERA_EXPECTED, found: era });
  return found;
}
