import { classifyThemes } from '../../src/domain/classifyThemes';
import { toBaseValue } from '../../src/domain/toBaseValue';
import { readUnit } from '../../src/domain/units';
import type { Goal } from '../../src/schemas/goal';
import type { Indicator } from '../../src/schemas/indicator';
import type { Measure } from '../../src/schemas/measure';
import type { MunicipalityIdentity } from '../../src/schemas/municipality';
import type { Plan } from '../../src/schemas/plan';
import { realNamePattern, stem } from './recombine';
import { createRng, type Rng } from './rng';

/** The real records whose texts the synthetic ones are recombined from. */
export interface PhrasePool {
  municipalities: readonly MunicipalityIdentity[];
  goals: readonly Goal[];
  measures: readonly Measure[];
  indicators: readonly Indicator[];
}

/** A corpus shaped like content/*.json. */
export interface Corpus {
  /** Names only: the search index needs no population (content/municipalities.json also has one). */
  municipalities: MunicipalityIdentity[];
  plans: Plan[];
  goals: Goal[];
  measures: Measure[];
  indicators: Indicator[];
}

/** The seed the benchmark uses, so its figures can be reproduced. */
export const DEFAULT_SEED = 20_250_401;

/** How big each municipality's share is: two plans of this shape give about 190 records per municipality. */
const SHAPE = { plans: 2, goalsPerPlan: 5, measuresPerGoal: 6, goalIndicators: 2, actionChance: 0.6, kpiChance: 0.9 };

/** Qualifiers that vary recombined texts the way real plans vary them. */
const PREFIXES = ['', '', '', '新たな', '持続可能な', '地域の', '官民連携による', '全世代型の', '{place}地区の', '{city}版'];
const SUFFIXES = ['', '', '', 'の強化', 'の充実', 'の推進', 'の検討', '（新規）', 'モデル事業', 'の拡充'];
const UNITS = ['人', '件', '%', '社', '団体', '回', '万人', '億円', '世帯', '箇所'];

/**
 * Generates a national-scale corpus: for every municipality two plans of goals, measures,
 * actions and indicators whose texts are real texts recombined (the real cities' names replaced
 * by the municipality's, qualifiers and a neighbour's place name added), numbers drawn at random.
 * Deterministic for a seed. `generateCorpus(pool, nationalMunicipalities(), 1)` → about 330k records.
 */
export function generateCorpus(pool: PhrasePool, municipalities: readonly MunicipalityIdentity[], seed: number): Corpus {
  const rng = createRng(seed);
  const realPattern = realNamePattern(pool.municipalities);
  const poolActions = pool.measures.flatMap((x) => x.actions);
  if (poolActions.length === 0 || pool.goals.length === 0 || pool.indicators.length === 0) throw new Error('the phrase pool needs goals, actions and indicators');
  const corpus: Corpus = { municipalities: [...municipalities], plans: [], goals: [], measures: [], indicators: [] };
  const neighbours = new Map<string, string[]>();
  for (const m of municipalities) neighbours.set(m.prefecture, [...(neighbours.get(m.prefecture) ?? []), stem(m.name)]);

  for (const m of municipalities) {
    const places = neighbours.get(m.prefecture) ?? [stem(m.name)];
    const vary = (text: string, r: Rng) =>
      `${r.pick(PREFIXES)}${text.replace(realPattern, stem(m.name))}${r.pick(SUFFIXES)}`
        .replace('{place}', r.pick(places))
        .replace('{city}', stem(m.name));
    for (let g = 0; g < SHAPE.plans; g += 1) {
      const generation = g + 2;
      const planId = `${m.code}-g${generation}-strategy`;
      const file = `seeds/synthetic_${m.code}_${generation}.txt`;
      const start = 2015 + 5 * (generation - 1);
      corpus.plans.push({
        id: planId,
        municipality: m.code,
        title: `第${generation}期${m.name}まち・ひと・しごと創生総合戦略`,
        kind: 'strategy',
        generation,
        status: 'adopted',
        published: `${start}-03`,
        publishedSource: null,
        url: null,
        urlKind: null,
        urlNote: null,
        urlChecked: null,
        periodStart: start,
        periodEnd: start + 4,
        periodSource: null,
        revises: null,
        previousPlan: g === 0 ? null : `${m.code}-g${generation - 1}-strategy`,
        sourceFile: file,
        quirks: [],
        notes: null,
      });
      let line = 10;
      for (let k = 1; k <= SHAPE.goalsPerPlan; k += 1) {
        const real = rng.pick(pool.goals);
        const goalId = `${planId}-basic-${k}`;
        const title = vary(real.title, rng);
        corpus.goals.push({ ...real, id: goalId, plan: planId, municipality: m.code, kind: 'basic', number: k, label: `基本目標${k}`, title, themes: classifyThemes(title), source: { file, line: (line += 3) }, corrected: false });
        const indicator = (goal: string, measure: string | null) => {
          const realIndicator = rng.pick(pool.indicators);
          const name = vary(realIndicator.name, rng);
          const unit = realIndicator.unit || rng.pick(UNITS);
          const { base: unitBase, scale: unitScale, exponent } = readUnit(unit);
          // Drawn in the order the generator has always drawn them, so a seed gives the same corpus.
          const base = rng.int(1, 5000);
          const baselinePeriod = `R${rng.int(1, 5)}`;
          const baselineYear = 2018 + rng.int(1, 5);
          const target = base + rng.int(1, 500);
          const targetPeriod = `R${rng.int(6, 11)}`;
          corpus.indicators.push({
            ...realIndicator,
            id: `${planId}-L${(line += 2)}`,
            plan: planId,
            municipality: m.code,
            goal,
            measure,
            level: measure === null ? 'goal' : 'measure',
            name,
            unit,
            unitBase,
            unitScale,
            baseline: { value: base, valueBase: toBaseValue(base, exponent), period: baselinePeriod, fiscalYear: baselineYear, note: null },
            target: {
              ...realIndicator.target,
              kind: 'number',
              value: target,
              valueBase: toBaseValue(target, exponent),
              valueMax: null,
              valueMaxBase: null,
              period: targetPeriod,
              fiscalYear: start + 4,
              perYear: null,
              perYearBase: null,
              years: null,
              note: null,
            },
            themes: classifyThemes(name),
            family: null,
            previous: null,
            source: { file, line },
            corrected: false,
          });
        };
        for (let i = 0; i < SHAPE.goalIndicators; i += 1) indicator(goalId, null);
        for (let j = 1; j <= SHAPE.measuresPerGoal; j += 1) {
          const realMeasure = rng.pick(pool.measures);
          const measureId = `${planId}-m-${(line += 4)}`;
          const measureTitle = vary(realMeasure.title, rng);
          const description = realMeasure.description === null ? null : realMeasure.description.replace(realPattern, stem(m.name));
          const actions =
            rng.next() < SHAPE.actionChance
              ? [0, 1].slice(0, rng.int(1, 2)).map(() => {
                  const real = rng.pick(poolActions);
                  return { text: vary(real.text, rng), details: real.details.slice(0, rng.int(0, 3)).map((d) => d.replace(realPattern, stem(m.name))), source: { file, line: (line += 1) } };
                })
              : [];
          corpus.measures.push({
            ...realMeasure,
            id: measureId,
            plan: planId,
            municipality: m.code,
            goal: goalId,
            label: `(${j})`,
            title: measureTitle,
            description,
            actions,
            themes: classifyThemes(`${measureTitle} ${description ?? ''}`),
            source: { file, line: line - actions.length },
            corrected: false,
          });
          if (rng.next() < SHAPE.kpiChance) indicator(goalId, measureId);
        }
      }
    }
  }
  return corpus;
}
