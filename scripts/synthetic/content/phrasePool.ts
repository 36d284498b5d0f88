import { isPerResidentBase } from '../../../src/domain/perResident';
import type { Action } from '../../../src/schemas/measure';
import type { Municipality } from '../../../src/schemas/municipality';
import type { PhrasePool } from '../generateCorpus';
import { realNamePattern } from '../recombine';
import { INDICATOR_TEMPLATES, type IndicatorTemplate } from './indicatorCatalogue';

/** The real texts a synthetic plan is written from, with the real towns' names replaced by `{city}`. */
export interface ContentPhrases {
  goalTitles: string[];
  measures: { title: string; description: string | null }[];
  actions: Pick<Action, 'text' | 'details'>[];
  /** The catalogue, then the real indicators as templates (their sizes per 1,000 residents of their town where they count people or things). */
  templates: IndicatorTemplate[];
}

/** Decimals a number is written with: `decimalsOf(21.35)` → 2. */
function decimalsOf(value: number): number {
  return (String(value).split('.')[1] ?? '').length;
}

/**
 * Turns the real content into phrases for synthetic plans: goal and measure titles, actions, and the
 * real numeric indicators as templates beside the catalogue (`北斗市の観光入込客数` → `{city}の観光入込客数`).
 */
export function contentPhrases(pool: PhrasePool, real: readonly Municipality[]): ContentPhrases {
  const pattern = realNamePattern(pool.municipalities);
  const local = (text: string) => text.replace(pattern, '{city}');
  const population = new Map(real.map((m) => [m.code, m.population.count]));
  const fromReal: IndicatorTemplate[] = [];
  for (const ind of pool.indicators) {
    const value = ind.baseline.value;
    const target = ind.target.value;
    if (value === null || target === null || value < 0 || target === value) continue;
    const residents = population.get(ind.municipality);
    const perThousand = residents !== undefined && isPerResidentBase(ind.unitBase, ind.family);
    const size = perThousand ? value / (residents / 1000) : value;
    fromReal.push({
      name: local(ind.name),
      unit: ind.unit,
      range: [size * 0.6, size * 1.4],
      perThousand,
      decimals: decimalsOf(value),
      direction: target > value ? 'up' : 'down',
      share: ind.unit === '%',
      cumulative: ind.target.basis === 'cumulative',
    });
  }
  return {
    goalTitles: pool.goals.map((g) => local(g.title)),
    measures: pool.measures.map((m) => ({ title: local(m.title), description: m.description === null ? null : local(m.description) })),
    actions: pool.measures.flatMap((m) => m.actions).map((a) => ({ text: local(a.text), details: a.details.map(local) })),
    templates: [...INDICATOR_TEMPLATES, ...fromReal],
  };
}
