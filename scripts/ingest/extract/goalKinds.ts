/** Goal kinds as the schema names them. */
export type GoalKind = 'top-priority' | 'basic' | 'cross-cutting' | 'project';

/** Heading words → goal kind; longest first so that 最重点基本目標 wins over 基本目標. */
const HEADING_KINDS: [string, GoalKind][] = [
  ['最重点基本目標', 'top-priority'],
  ['横断的な目標', 'cross-cutting'],
  ['基本目標', 'basic'],
];

/** Matches a goal heading word; `goalKindOf('横断的な目標1')` → 'cross-cutting'. */
export function goalKindOf(text: string): { kind: GoalKind; word: string } | null {
  for (const [word, kind] of HEADING_KINDS) if (text.startsWith(word)) return { kind, word };
  return null;
}

/** Document key of a goal, e.g. `basic-1`, `top-priority`. */
export function goalKey(kind: GoalKind, number: number | null): string {
  return number === null ? kind : `${kind}-${number}`;
}
