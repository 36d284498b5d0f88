/**
 * Fragment ids of records on a city page, shared by the search index and the city page:
 * `#plan-<id>`, `#goal-<id>`, `#measure-<id>`, `#indicator-<id>`. An action has no id of its
 * own; it links to its measure.
 */

/** Kinds of records that have an element of their own on the city page. */
export type AnchoredKind = 'plan' | 'goal' | 'measure' | 'indicator';

/** Fragment id of a record on its city page: `recordAnchor('goal', '012360-g2-strategy-basic-1')` → 'goal-012360-g2-strategy-basic-1'. */
export function recordAnchor(kind: AnchoredKind, id: string): string {
  return `${kind}-${id}`;
}
