import type { ExtractResult } from './types';

/**
 * One goal per heading key: a heading repeated as a page header or in an overview (`基本目標1` of the
 * 第1期 list, a slide's footer) with nothing under it goes when a heading of the same key has records;
 * when only one remains, it takes the plain key (`basic-1`, not `basic-1-L316`).
 */
export function consolidateGoals(result: ExtractResult): void {
  const base = (key: string) => key.replace(/-L\d+$/, '');
  const used = (key: string) => result.indicators.some((i) => i.goalKey === key) || result.measures.some((m) => m.goalKey === key);
  for (const key of new Set(result.goals.map((g) => base(g.key)))) {
    const group = result.goals.filter((g) => base(g.key) === key);
    const withRecords = group.filter((g) => used(g.key));
    const kept = withRecords.length > 0 ? withRecords : [group[0]!];
    for (const dropped of group.filter((g) => !kept.includes(g) && g.line > kept[0]!.line && g.title !== kept[0]!.title)) {
      // A later heading that names the goal otherwise (a slide's page heading) is worth a look.
      result.skipped.push({ line: dropped.line, reason: `heading repeats ${dropped.label} with another title; the one at line ${kept[0]!.line}, which has the records, is kept` });
    }
    result.goals = result.goals.filter((g) => base(g.key) !== key || kept.includes(g));
    const only = kept.length === 1 ? kept[0]! : null;
    if (!only || only.key === key) continue;
    for (const record of [...result.indicators, ...result.measures]) if (record.goalKey === only.key) record.goalKey = key;
    only.key = key;
  }
}
