import { classifyThemes, sortThemes } from '../../../src/domain/classifyThemes';
import { OVERRIDES } from '../../../src/domain/overrides';
import type { NationalGoal } from '../../../src/schemas/nationalGoal';
import type { QuotedNationalGoal } from './readNationalGoals';

/**
 * National goals from every document that quotes them, the first quotation of each goal kept,
 * with themes from an override or the theme dictionary. Sorted by id.
 */
export function nationalGoalRecords(quoted: { file: string; goals: QuotedNationalGoal[] }[]): NationalGoal[] {
  const byId = new Map<string, NationalGoal>();
  for (const { file, goals } of quoted) {
    for (const g of goals) {
      const id = `national-g${g.generation}-${g.kind}-${g.number}`;
      if (byId.has(id)) continue;
      const override = OVERRIDES.find((o) => o.id === id && o.themes);
      byId.set(id, {
        id,
        generation: g.generation,
        kind: g.kind,
        number: g.number,
        title: g.title,
        themes: override?.themes ? sortThemes(override.themes) : classifyThemes(g.title),
        source: { file, line: g.line },
      });
    }
  }
  return [...byId.values()].sort((a, b) => a.generation - b.generation || a.kind.localeCompare(b.kind) || a.number - b.number);
}
