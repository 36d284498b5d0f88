import { classifyThemes, sortThemes } from '../../../src/domain/classifyThemes';
import { familyOf } from '../../../src/domain/families';
import { OVERRIDES } from '../../../src/domain/overrides';
import { toBaseValue } from '../../../src/domain/toBaseValue';
import { readUnit } from '../../../src/domain/units';
import type { Goal } from '../../../src/schemas/goal';
import type { Indicator } from '../../../src/schemas/indicator';
import type { Manifest } from '../../../src/schemas/manifest';
import type { Measure } from '../../../src/schemas/measure';
import type { Plan } from '../../../src/schemas/plan';
import type { ThemeId } from '../../../src/schemas/themes';
import type { ExtractResult, RawIndicator } from '../extract/types';
import { indicatorIds } from './assignIds';
import { checkRecordKeys } from './checkRecordKeys';

/** Everything one document contributes. */
export interface AssembledPlan {
  plan: Plan;
  goals: Goal[];
  measures: Measure[];
  indicators: Indicator[];
}

/** Line references for the schema: `lineEnd` only when it differs from `line`, `lineStart` only when above it. */
function sourceRef(file: string, line: number, lineEnd?: number, lineStart?: number) {
  return {
    file,
    line,
    ...(lineEnd !== undefined && lineEnd !== line ? { lineEnd } : {}),
    ...(lineStart !== undefined && lineStart < line ? { lineStart } : {}),
  };
}

/** Themes of a record: an override, else the dictionary on its text, else those inherited. */
function themesFor(id: string, text: string, inherited: ThemeId[]): ThemeId[] {
  const override = OVERRIDES.find((o) => o.id === id && o.themes);
  if (override?.themes) return sortThemes(override.themes);
  const own = classifyThemes(text);
  return own.length > 0 ? own : inherited;
}

/** Share of a goal's measures and indicators that must carry a theme for an unlabelled goal to get it. */
const GOAL_THEME_SHARE = 1 / 3;

/**
 * A goal whose title names no theme (プロジェクト4 イノベーションチャレンジ…) takes the themes that at
 * least a third of its own measures and indicators name. Mutates the goals' themes.
 */
function fillGoalThemes(goals: Goal[], result: ExtractResult): void {
  for (const goal of goals) {
    if (goal.themes.length > 0) continue;
    const key = goal.id.slice(goal.plan.length + 1);
    const texts = [
      ...result.measures.filter((m) => m.goalKey === key).map((m) => m.title),
      ...result.indicators.filter((i) => i.goalKey === key).map((i) => i.name),
    ];
    const counts = new Map<ThemeId, number>();
    for (const text of texts) for (const theme of classifyThemes(text)) counts.set(theme, (counts.get(theme) ?? 0) + 1);
    goal.themes = sortThemes([...counts].filter(([, n]) => n >= texts.length * GOAL_THEME_SHARE).map(([t]) => t));
  }
}

/** Family of an indicator: an override, else the dictionary on its name. */
function familyFor(id: string, name: string): string | null {
  const override = OVERRIDES.find((o) => o.id === id && o.family !== undefined);
  return override ? (override.family ?? null) : familyOf(name);
}

/** The plan record a manifest describes (previousPlan is linked later). */
export function planFromManifest(manifest: Manifest, sourceFile: string): Plan {
  return {
    id: `${manifest.municipality}-${manifest.id}`,
    municipality: manifest.municipality,
    title: manifest.title,
    kind: manifest.kind,
    generation: manifest.generation,
    status: manifest.status,
    published: manifest.published,
    publishedSource: manifest.publishedSource,
    url: manifest.url,
    urlKind: manifest.urlKind,
    urlNote: manifest.urlNote,
    urlChecked: manifest.urlChecked,
    periodStart: manifest.period.start,
    periodEnd: manifest.period.end,
    periodSource: manifest.period.source ?? null,
    revises: manifest.revises ? `${manifest.municipality}-${manifest.revises}` : null,
    previousPlan: null,
    sourceFile,
    quirks: manifest.quirks,
    notes: manifest.notes,
  };
}

/**
 * Gives a layout's records their ids, plan links, themes, families and target years; a target
 * without a year gets `impliedEnd` (the plan's last year, or a year per indicator), flagged impliedByPlanPeriod.
 * `correctedGoals` holds the layout keys of goals the corrections layer set.
 */
export function assemblePlan(
  plan: Plan,
  result: ExtractResult,
  correctedGoals: Set<string>,
  impliedEnd: number | null | ((raw: RawIndicator) => number | null),
): AssembledPlan {
  checkRecordKeys(plan.sourceFile, result);
  const planId = plan.id;
  const sourceFile = plan.sourceFile;
  const municipality = plan.municipality;
  const goalId = (key: string | null) => (key === null ? null : `${planId}-${key}`);
  const measureId = (key: string | null) => (key === null ? null : `${planId}-${key}`);

  const goals: Goal[] = result.goals.map((g) => {
    const id = goalId(g.key)!;
    return {
      id,
      plan: planId,
      municipality,
      kind: g.kind,
      number: g.number,
      label: g.label,
      title: g.title,
      subtitle: g.subtitle,
      themes: themesFor(id, `${g.title} ${g.subtitle ?? ''}`, []),
      source: sourceRef(sourceFile, g.line, g.lineEnd),
      corrected: correctedGoals.has(g.key),
    };
  });
  fillGoalThemes(goals, result);
  const goalThemes = new Map(goals.map((g) => [g.id, g.themes]));

  const measures: Measure[] = result.measures.map((m) => {
    const id = measureId(m.key)!;
    const goal = goalId(m.goalKey);
    const text = [m.title, m.group ?? '', ...m.actions.map((a) => a.text)].join(' ');
    return {
      id,
      plan: planId,
      municipality,
      goal,
      label: m.label,
      title: m.title,
      group: m.group,
      description: m.description,
      department: m.department,
      schedule: m.schedule,
      isNew: m.isNew,
      actions: m.actions.map((a) => ({ text: a.text, details: a.details, source: sourceRef(sourceFile, a.line, a.lineEnd) })),
      themes: themesFor(id, text, goal ? (goalThemes.get(goal) ?? []) : []),
      source: sourceRef(sourceFile, m.line, m.lineEnd),
      corrected: false,
    };
  });
  const measureThemes = new Map(measures.map((m) => [m.id, m.themes]));

  const ids = indicatorIds(planId, result.indicators.map((i) => i.line));
  const indicators: Indicator[] = result.indicators.map((raw, k) => {
    const id = ids[k]!;
    const goal = goalId(raw.goalKey);
    const measure = measureId(raw.measureKey);
    const inherited = (measure ? measureThemes.get(measure) : undefined) ?? (goal ? goalThemes.get(goal) : undefined) ?? [];
    const target = raw.target;
    const end = typeof impliedEnd === 'function' ? impliedEnd(raw) : impliedEnd;
    const implied = target.fiscalYear === null && end !== null;
    const unit = target.unit || raw.baseline?.unit || '';
    const { base: unitBase, scale: unitScale, exponent } = readUnit(unit);
    const inBase = (value: number | null) => toBaseValue(value, exponent);
    // A baseline written in its own unit (76万人 beside a target in 千人) is scaled by that unit; in another base unit it has no base value.
    const baselineUnit = readUnit(raw.baseline?.unit || unit);
    const baselineBase = baselineUnit.base === unitBase ? toBaseValue(raw.baseline?.value ?? null, baselineUnit.exponent) : null;
    return {
      id,
      plan: planId,
      municipality,
      goal,
      measure,
      level: raw.level,
      name: raw.name,
      unit,
      unitBase,
      unitScale,
      baseline: {
        value: raw.baseline?.value ?? null,
        valueBase: baselineBase,
        period: raw.baseline?.period ?? null,
        fiscalYear: raw.baseline?.fiscalYear ?? null,
        note: raw.baseline?.note ?? null,
      },
      target: {
        kind: target.kind,
        value: target.value,
        valueBase: inBase(target.value),
        valueMax: target.valueMax,
        valueMaxBase: inBase(target.valueMax),
        period: target.period,
        fiscalYear: implied ? end : target.fiscalYear,
        impliedByPlanPeriod: implied,
        perYear: target.perYear,
        perYearBase: inBase(target.perYear),
        years: target.years,
        note: target.note,
        basis: target.basis,
      },
      actuals: (raw.actuals ?? []).map((a) => ({ value: a.value, valueBase: inBase(a.value), text: a.text, period: a.period, fiscalYear: a.fiscalYear, line: a.line })),
      themes: themesFor(id, raw.name, inherited),
      family: familyFor(id, raw.name),
      previous: null,
      source: sourceRef(sourceFile, raw.line, raw.lineEnd, raw.lineStart),
      corrected: false,
    };
  });
  return { plan, goals, measures, indicators };
}
