import type { SourceDoc } from '../read/SourceDoc';
import { stripBullet } from '../structure/splitStatement';

/** A heading that introduces the national strategy's goals, e.g. `【参考:国における基本目標】`. */
const NATIONAL_HEADING = /国(における|の).{0,10}(基本目標|総合戦略)/;
/** A generation marker such as `<第2期総合戦略>` or `(第1期)`. */
const GENERATION = /^[<(（]?第(\d+)期(総合戦略)?[>)）]?$/;
/** A listed goal, `・基本目標1 稼ぐ地域をつくる…`. */
const GOAL_ITEM = /^(基本目標|横断的な目標)\s*(\d+)\s+(\S.*)$/;

/** A national goal as quoted in a seed, before themes are given. */
export interface QuotedNationalGoal {
  generation: number;
  kind: 'basic' | 'cross-cutting';
  number: number;
  title: string;
  line: number;
}

/**
 * Reads the national strategy's goals where a document quotes them under a heading such as
 * `【参考:国における基本目標】`, grouped by `<第N期総合戦略>` markers. The list ends at the first
 * line that is neither a marker, a listed goal nor blank.
 * 001 lines 93–109 → 第1期 基本目標1–4 and 第2期 基本目標1–4, 横断的な目標1–2.
 */
export function readNationalGoals(doc: SourceDoc): QuotedNationalGoal[] {
  const goals: QuotedNationalGoal[] = [];
  const start = doc.lines.findIndex((l) => NATIONAL_HEADING.test(l.text));
  if (start === -1) return goals;
  let generation: number | null = null;
  for (const line of doc.lines.slice(start + 1)) {
    const text = stripBullet(line.text.trim());
    if (text === '') continue;
    const marker = GENERATION.exec(text);
    if (marker) {
      generation = Number(marker[1]);
      continue;
    }
    const item = GOAL_ITEM.exec(text);
    if (!item || generation === null) break;
    goals.push({
      generation,
      kind: item[1] === '基本目標' ? 'basic' : 'cross-cutting',
      number: Number(item[2]),
      title: item[3]!.trim(),
      line: line.n,
    });
  }
  return goals;
}
