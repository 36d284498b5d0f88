import { ERAS, type Era } from '../../../src/core/eras';
import { RecognizeError } from './RecognizeError';

/** What a RecognizeError says was expected when an era is unknown (`(X3)`, `Q5年度`). */
export const ERA_EXPECTED = 'a Japanese era (明治/大正/昭和/平成/令和 or M/T/S/H/R) or a Western year';

/** The era named by a name or a letter; throws for an unknown one. `findEra('H')` → 平成. */
export function findEra(era: string): Era {
  const found = ERAS.find((e) => e.name === era || e.letter === era);
  if (!found) throw new RecognizeError({ expected: ERA_EXPECTED, found: era });
  return found;
}
