import type { Baseline, Target } from '../schemas/indicator';

/** Status of an earlier plan's target, judged from a later plan's current value. */
export type ProgressStatus = 'achieved' | 'on-track' | 'behind' | 'no-data';

/** Which way the earlier plan wanted the value to move. */
export type Direction = 'up' | 'down' | 'hold';

/** Why a status was given (each one has a sentence on the page). */
export type ProgressReason =
  | 'qualitative'
  | 'no-observed-value'
  | 'no-target-value'
  | 'no-baseline-value'
  | 'unit-mismatch'
  | 'no-years'
  | 'reached'
  | 'ahead-of-time'
  | 'behind-time'
  | 'wrong-way';

/** What the rule needs: the earlier indicator, and the later indicator's baseline (its current value). */
export interface ProgressInput {
  earlier: { baseline: Baseline; target: Target; unit: string };
  later: { baseline: Baseline; unit: string };
  /** Year assumed for the earlier baseline when it states none (the year before the earlier plan starts). */
  fallbackBaselineYear: number | null;
}

/** The status with everything it was decided from. */
export interface ProgressResult {
  status: ProgressStatus;
  reason: ProgressReason;
  direction: Direction | null;
  /** Share of the way from baseline to target covered, when computed (0.16 = 16 %). */
  progress: number | null;
  /** Share of the time from baseline year to target year elapsed by the later value's year, when computed. */
  elapsed: number | null;
}

const noData = (reason: ProgressReason, direction: Direction | null = null): ProgressResult => ({
  status: 'no-data',
  reason,
  direction,
  progress: null,
  elapsed: null,
});

/** The value a target asks for in a direction: the near end of a range, 0 for a zero balance. */
function goalValue(target: Target, direction: Direction, baseline: number | null): number | null {
  if (target.kind === 'zero-balance') return 0;
  if (target.kind === 'range') return direction === 'down' ? target.valueMax : target.value;
  if (target.kind === 'maintain') return target.value ?? baseline;
  return target.value;
}

/** Direction of an earlier target, or null when it cannot be known. */
function directionOf(target: Target, baseline: number | null): Direction | null {
  switch (target.kind) {
    case 'increase':
      return 'up';
    case 'decrease':
      return 'down';
    case 'maintain':
      return 'hold';
    case 'qualitative':
      return null;
    case 'zero-balance':
      return baseline === null ? null : baseline < 0 ? 'up' : baseline > 0 ? 'down' : 'hold';
    case 'number':
    case 'range': {
      const low = target.value;
      const high = target.kind === 'range' ? (target.valueMax ?? target.value) : target.value;
      if (baseline === null || low === null || high === null) return null;
      return baseline < low ? 'up' : baseline > high ? 'down' : 'hold';
    }
  }
}

/**
 * Judges an earlier target from the later plan's current value (the rule stated on city pages):
 * direction from the earlier baseline → target; achieved when the later value has reached the target;
 * on track when the share of the way covered is at least the share of time elapsed; behind otherwise;
 * no data whenever a value, unit or year needed is missing. Never a status without data.
 * 企業立地数 31社 (no year, plan from FY2020) → 50社 (FY2024), later 34社 (FY2023) → behind (0.16 < 0.8).
 */
export function progressStatus({ earlier, later, fallbackBaselineYear }: ProgressInput): ProgressResult {
  if (earlier.target.kind === 'qualitative') return noData('qualitative');
  const observed = later.baseline.value;
  if (observed === null) return noData('no-observed-value');
  if (earlier.unit !== later.unit) return noData('unit-mismatch');
  const base = earlier.baseline.value;
  const direction = directionOf(earlier.target, base);
  if (direction === null) return noData(base === null ? 'no-baseline-value' : 'no-target-value');
  const goal = goalValue(earlier.target, direction, base);

  // ↑ or ↓ without a number: reaching means moving past the baseline.
  if (goal === null) {
    if (base === null) return noData('no-baseline-value', direction);
    const moved = direction === 'up' ? observed > base : direction === 'down' ? observed < base : observed >= base;
    return { status: moved ? 'achieved' : 'behind', reason: moved ? 'reached' : 'wrong-way', direction, progress: null, elapsed: null };
  }
  const reached = direction === 'up' ? observed >= goal : direction === 'down' ? observed <= goal : observed >= goal;
  if (reached) return { status: 'achieved', reason: 'reached', direction, progress: null, elapsed: null };
  if (direction === 'hold') return { status: 'behind', reason: 'wrong-way', direction, progress: null, elapsed: null };
  if (base === null) return noData('no-baseline-value', direction);

  const progress = (observed - base) / (goal - base);
  if (progress <= 0) return { status: 'behind', reason: 'wrong-way', direction, progress, elapsed: null };
  const from = earlier.baseline.fiscalYear ?? fallbackBaselineYear;
  const to = earlier.target.fiscalYear;
  const at = later.baseline.fiscalYear;
  if (from === null || to === null || at === null || to <= from) return { ...noData('no-years', direction), progress };
  const elapsed = Math.min(1, Math.max(0, (at - from) / (to - from)));
  const onTrack = elapsed < 1 && progress >= elapsed;
  return { status: onTrack ? 'on-track' : 'behind', reason: onTrack ? 'ahead-of-time' : 'behind-time', direction, progress, elapsed };
}
