import type { Correction } from '../../../src/schemas/correction';
import type { ExtractResult, RawGoal } from '../extract/types';

/**
 * Applies the corrections for one source file to an extraction result (returns a new result).
 * A goal correction sets fields on the goal with the same key, or adds the goal when absent.
 */
export function applyCorrections(result: ExtractResult, corrections: Correction[]): { result: ExtractResult; correctedGoals: Set<string> } {
  const goals = result.goals.map((g) => ({ ...g }));
  const correctedGoals = new Set<string>();
  for (const c of corrections) {
    const existing = goals.find((g) => g.key === c.key);
    const set = Object.fromEntries(Object.entries(c.set).filter(([, v]) => v !== undefined)) as Partial<RawGoal>;
    if (existing) {
      // The correction's lines replace the goal's: a line range the correction does not give goes.
      Object.assign(existing, set, { line: c.line });
      if (c.lineEnd) existing.lineEnd = c.lineEnd;
      else delete existing.lineEnd;
    }
    else {
      goals.unshift({
        key: c.key,
        kind: c.set.kind ?? 'basic',
        number: c.set.number ?? null,
        label: c.set.label ?? c.key,
        title: c.set.title ?? c.key,
        subtitle: c.set.subtitle ?? null,
        line: c.line,
        ...(c.lineEnd ? { lineEnd: c.lineEnd } : {}),
      });
    }
    correctedGoals.add(c.key);
  }
  return { result: { ...result, goals }, correctedGoals };
}
