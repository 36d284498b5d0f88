import type { GoalKind } from '../../../src/schemas/goal';

/** Document key of a goal, e.g. `basic-1`, `top-priority`. */
export function goalKey(kind: GoalKind, number: number | null): string {
  return number === null ? kind : `${kind}-${number}`;
}
