import { getCollection } from 'astro:content';
import type { Goal } from '../../schemas/goal';
import type { Indicator } from '../../schemas/indicator';
import type { Measure } from '../../schemas/measure';
import type { Municipality } from '../../schemas/municipality';
import type { Plan } from '../../schemas/plan';

/** Every collection, each sorted in reading order, with lookups by id. */
export interface SiteData {
  /** By code. */
  municipalities: Municipality[];
  /** By municipality, then period start, then id. */
  plans: Plan[];
  /** By plan, then source line. */
  goals: Goal[];
  measures: Measure[];
  indicators: Indicator[];
  municipalityByCode: Map<string, Municipality>;
  planById: Map<string, Plan>;
  goalById: Map<string, Goal>;
  measureById: Map<string, Measure>;
  indicatorById: Map<string, Indicator>;
  /** Each town's records by its code, in the same order (so a town's page never scans the country's). */
  plansByCity: Map<string, Plan[]>;
  goalsByCity: Map<string, Goal[]>;
  measuresByCity: Map<string, Measure[]>;
  indicatorsByCity: Map<string, Indicator[]>;
  /** The plan each source file belongs to. */
  planBySourceFile: Map<string, Plan>;
}

type Sourced = { plan: string; id: string; source: { line: number } };

/** Plan, then source line, then id: the order a reader meets records in. */
const byPlanAndLine = (a: Sourced, b: Sourced) => a.plan.localeCompare(b.plan) || a.source.line - b.source.line || a.id.localeCompare(b.id);

let cached: Promise<SiteData> | undefined;

/** Loads and sorts every content collection once per build. */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [m, p, g, me, i] = await Promise.all([
    getCollection('municipalities'),
    getCollection('plans'),
    getCollection('goals'),
    getCollection('measures'),
    getCollection('indicators'),
  ]);
  const municipalities = m.map((e) => e.data).sort((a, b) => a.code.localeCompare(b.code));
  const plans = p
    .map((e) => e.data)
    .sort((a, b) => a.municipality.localeCompare(b.municipality) || a.periodStart - b.periodStart || a.id.localeCompare(b.id));
  const goals = g.map((e) => e.data).sort(byPlanAndLine);
  const measures = me.map((e) => e.data).sort(byPlanAndLine);
  const indicators = i.map((e) => e.data).sort(byPlanAndLine);
  const index = <T, K>(list: T[], key: (t: T) => K) => new Map(list.map((t) => [key(t), t]));
  const byCity = <T extends { municipality: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) {
      const own = map.get(item.municipality);
      if (own) own.push(item);
      else map.set(item.municipality, [item]);
    }
    return map;
  };
  return {
    municipalities,
    plans,
    goals,
    measures,
    indicators,
    municipalityByCode: index(municipalities, (x) => x.code),
    planById: index(plans, (x) => x.id),
    goalById: index(goals, (x) => x.id),
    measureById: index(measures, (x) => x.id),
    indicatorById: index(indicators, (x) => x.id),
    plansByCity: byCity(plans),
    goalsByCity: byCity(goals),
    measuresByCity: byCity(measures),
    indicatorsByCity: byCity(indicators),
    planBySourceFile: index(plans, (x) => x.sourceFile),
  };
}

/** A looked-up record that must exist; a missing one is a build error naming what referred to it. */
export function required<T>(map: Map<string, T>, id: string, referrer: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`${referrer} refers to ${id}, which is not in content/`);
  return found;
}
