import { eraYear } from '../../../src/core/eraYear';
import { classifyThemes } from '../../../src/domain/classifyThemes';
import { familyOf } from '../../../src/domain/families';
import { toBaseValue } from '../../../src/domain/toBaseValue';
import { readUnit } from '../../../src/domain/units';
import type { Actual, Indicator } from '../../../src/schemas/indicator';
import type { Plan } from '../../../src/schemas/plan';
import type { ThemeId } from '../../../src/schemas/themes';
import type { Rng } from '../rng';
import { drawActuals, drawValues } from './drawValues';
import type { IndicatorTemplate, QualitativeTemplate } from './indicatorCatalogue';
import type { SourceText } from './sourceText';
import { eraLabel, writtenNumber } from './writtenForms';

/** Where an indicator stands: its plan, goal, measure (null at goal level) and the themes it inherits. */
export interface IndicatorPlace {
  plan: Plan;
  goal: string;
  measure: string | null;
  inherited: readonly ThemeId[];
  population: number;
  /** The last fiscal year with results to report (a plan written before it reports none). */
  reportedUntil: number;
}

/** Share of indicators of a plan under way or past that report results. */
const ACTUALS_SHARE = 0.5;

const TARGET_WORDS: Record<string, string> = { increase: '増加', decrease: '減少', maintain: '維持', 'zero-balance': '均衡' };

/**
 * Draws one numeric indicator from a template, writes its line (`・出生数：236人（R1）→260人（R6）`)
 * and its result lines (`実績（R3）：241人`) into the text and returns the record, cited at those lines.
 */
export function writeIndicator(template: IndicatorTemplate, name: string, place: IndicatorPlace, text: SourceText, rng: Rng): Indicator {
  const { plan } = place;
  const drawn = drawValues(template, place.population, rng);
  const unit = readUnit(template.unit);
  const baseYear = plan.periodStart - rng.int(1, 2);
  const impliedYear = rng.next() < 0.1;
  const written = (v: number) => `${writtenNumber(v, template.decimals)}${template.unit}`;
  const targetText =
    drawn.target === null ? TARGET_WORDS[drawn.kind]! : `${drawn.basis === 'cumulative' ? '累計' : ''}${written(drawn.target)}${drawn.targetMax === null ? '' : `～${written(drawn.targetMax)}`}`;
  const line = text.add(`・${name}：${written(drawn.baseline)}（${eraLabel(baseYear)}）→${targetText}${impliedYear ? '' : `（${eraLabel(plan.periodEnd)}）`}`);
  const years: number[] = [];
  if (rng.next() < ACTUALS_SHARE) for (let y = plan.periodStart; y <= Math.min(plan.periodEnd, place.reportedUntil); y += 1) years.push(y);
  const actuals: Actual[] = drawActuals(drawn, years.slice(-rng.int(1, 3)), template.decimals, rng).map((a) => {
    const cell = written(a.value);
    return { value: a.value, valueBase: toBaseValue(a.value, unit.exponent), text: cell, period: eraLabel(a.fiscalYear), fiscalYear: a.fiscalYear, line: text.add(`　実績（${eraLabel(a.fiscalYear)}）：${cell}`) };
  });
  return indicatorRecord(name, place, line, {
    unit: template.unit,
    unitBase: unit.base,
    unitScale: unit.scale,
    baseline: { value: drawn.baseline, valueBase: toBaseValue(drawn.baseline, unit.exponent), period: eraLabel(baseYear), fiscalYear: baseYear, note: null },
    target: {
      kind: drawn.kind,
      value: drawn.target,
      valueBase: toBaseValue(drawn.target, unit.exponent),
      valueMax: drawn.targetMax,
      valueMaxBase: toBaseValue(drawn.targetMax, unit.exponent),
      period: impliedYear ? null : eraLabel(plan.periodEnd),
      fiscalYear: plan.periodEnd,
      impliedByPlanPeriod: impliedYear,
      perYear: null,
      perYearBase: null,
      years: null,
      note: drawn.basis === 'cumulative' ? '累計' : null,
      basis: drawn.basis,
    },
    actuals,
  });
}

/** Writes a target set in words (`・地域公共交通計画の策定：未策定（R1）→令和6年度までに策定`) and returns its record. */
export function writeQualitative(template: QualitativeTemplate, name: string, place: IndicatorPlace, text: SourceText): Indicator {
  const { plan } = place;
  const baseYear = plan.periodStart - 1;
  const target = template.target.replace('{year}', `${eraYear(plan.periodEnd)}年度`);
  const line = text.add(`・${name}：未策定（${eraLabel(baseYear)}）→${target}`);
  return indicatorRecord(name, place, line, {
    unit: '',
    unitBase: '',
    unitScale: 1,
    baseline: { value: null, valueBase: null, period: eraLabel(baseYear), fiscalYear: baseYear, note: '未策定' },
    target: {
      kind: 'qualitative',
      value: null,
      valueBase: null,
      valueMax: null,
      valueMaxBase: null,
      period: null,
      fiscalYear: plan.periodEnd,
      impliedByPlanPeriod: true,
      perYear: null,
      perYearBase: null,
      years: null,
      note: target,
      basis: 'total',
    },
    actuals: [],
  });
}

/** The record of an indicator stated on `line`: its place, its values, and the themes (its own, else inherited) and family of its name. */
function indicatorRecord(name: string, place: IndicatorPlace, line: number, values: Pick<Indicator, 'unit' | 'unitBase' | 'unitScale' | 'baseline' | 'target' | 'actuals'>): Indicator {
  const { plan } = place;
  const own = classifyThemes(name);
  return {
    id: `${plan.id}-L${line}`,
    plan: plan.id,
    municipality: plan.municipality,
    goal: place.goal,
    measure: place.measure,
    level: place.measure === null ? 'goal' : 'measure',
    name,
    ...values,
    themes: own.length > 0 ? own : [...place.inherited],
    family: familyOf(name),
    previous: null,
    source: { file: plan.sourceFile, line },
    corrected: false,
  };
}
