/**
 * How a town's page is split so that no page grows with the size of its plans: a town whose plans
 * hold at most CITY_PAGE_MAX_INDICATORS indicators in all is one page, as it always was; a larger
 * town gets an overview page (/cities/<slug>/) and its plans on the pages after it
 * (/cities/<slug>/2/, …), each plan starting a page and no page holding more than that many
 * indicators. A goal or a measure too large for one page goes on across pages, its heading repeated.
 */
import type { GoalNode, MeasureNode, PlanOutline } from '../../core/planOutline';
import { CITY_PAGE_MAX_INDICATORS } from '../pageScale';
import { recordAnchor, type AnchoredKind } from '../recordAnchor';

/** What of one plan a page shows: the plan's heading, then goals (each with the part of its records on this page), then what hangs on no goal. */
export interface PlanPart<P, G, M, I> {
  plan: P;
  /** The plan's first page (its heading and facts are shown in full there). */
  first: boolean;
  outline: PlanOutline<G, M, I>;
}

/** One page of a town. */
export interface CityPage<P, G, M, I> {
  /** From 1; page 1 is /cities/<slug>/. */
  number: number;
  /** Page 1 carries the town's overview (plans, themes, progress, peers). */
  overview: boolean;
  plans: PlanPart<P, G, M, I>[];
}

/** A town's pages, and on which page each plan, goal, measure and indicator stands (its first page). */
export interface CityPages<P, G, M, I> {
  pages: CityPage<P, G, M, I>[];
  /** Page number by record anchor (`recordAnchor(kind, id)`: plans, goals, measures, indicators). */
  pageOf: Map<string, number>;
}

/** A piece that goes on one page whole: part of a goal (its own indicators, or one measure's), or of the loose records. */
type Unit<G, M, I> =
  | { kind: 'goalIndicators'; goal: G; indicators: I[] }
  | { kind: 'measure'; goal: G | null; measure: M; indicators: I[] }
  | { kind: 'looseIndicators'; indicators: I[] };

const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** The plan's records as units in page order, none with more than `max` indicators. */
function unitsOf<G, M, I>(outline: PlanOutline<G, M, I>, max: number): Unit<G, M, I>[] {
  const measureUnits = (goal: G | null, node: MeasureNode<M, I>): Unit<G, M, I>[] =>
    node.indicators.length === 0
      ? [{ kind: 'measure', goal, measure: node.measure, indicators: [] }]
      : chunk(node.indicators, max).map((indicators) => ({ kind: 'measure' as const, goal, measure: node.measure, indicators }));
  const goalUnits = (node: GoalNode<G, M, I>): Unit<G, M, I>[] => {
    const own = (indicators: I[]): Unit<G, M, I> => ({ kind: 'goalIndicators', goal: node.goal, indicators });
    // A goal with neither indicators nor measures still stands on a page, as its heading.
    const heading = node.indicators.length > 0 ? chunk(node.indicators, max).map(own) : node.measures.length > 0 ? [] : [own([])];
    return [...heading, ...node.measures.flatMap((m) => measureUnits(node.goal, m))];
  };
  return [
    ...outline.goals.flatMap(goalUnits),
    ...outline.looseMeasures.flatMap((m) => measureUnits(null, m)),
    ...chunk(outline.looseIndicators, max).map((indicators) => ({ kind: 'looseIndicators' as const, indicators })),
  ];
}

/** Puts units back into an outline, goals in the order they come. */
function outlineOf<G, M, I>(units: readonly Unit<G, M, I>[]): PlanOutline<G, M, I> {
  const outline: PlanOutline<G, M, I> = { goals: [], looseMeasures: [], looseIndicators: [] };
  const goalNode = (goal: G): GoalNode<G, M, I> => {
    const last = outline.goals.at(-1);
    if (last?.goal === goal) return last;
    const node: GoalNode<G, M, I> = { goal, indicators: [], measures: [] };
    outline.goals.push(node);
    return node;
  };
  for (const unit of units) {
    if (unit.kind === 'goalIndicators') goalNode(unit.goal).indicators.push(...unit.indicators);
    else if (unit.kind === 'looseIndicators') outline.looseIndicators.push(...unit.indicators);
    else {
      const list = unit.goal === null ? outline.looseMeasures : goalNode(unit.goal).measures;
      const last = list.at(-1);
      if (last?.measure === unit.measure) last.indicators.push(...unit.indicators);
      else list.push({ measure: unit.measure, indicators: [...unit.indicators] });
    }
  }
  return outline;
}

const countIndicators = <G, M, I>(outline: PlanOutline<G, M, I>): number =>
  outline.goals.reduce((n, g) => n + g.indicators.length + g.measures.reduce((k, m) => k + m.indicators.length, 0), 0) +
  outline.looseMeasures.reduce((k, m) => k + m.indicators.length, 0) +
  outline.looseIndicators.length;

type Identified = { id: string };

/** Splits a town's plans (each with its outline, in page order) into pages of at most `max` indicators. */
export function splitCityPages<P extends Identified, G extends Identified, M extends Identified, I extends Identified>(
  plans: readonly { plan: P; outline: PlanOutline<G, M, I> }[],
  max: number = CITY_PAGE_MAX_INDICATORS,
): CityPages<P, G, M, I> {
  if (!Number.isInteger(max) || max < 1) throw new Error(`splitCityPages: the most indicators a page holds must be a positive integer, got ${max}`);
  const total = plans.reduce((n, p) => n + countIndicators(p.outline), 0);
  const parts: PlanPart<P, G, M, I>[][] =
    total <= max
      ? [plans.map(({ plan, outline }) => ({ plan, first: true, outline }))]
      : [[], ...plans.flatMap(({ plan, outline }) => planPages(plan, outline, max))];
  const pages = parts.map((plans, i): CityPage<P, G, M, I> => ({ number: i + 1, overview: i === 0, plans }));
  const pageOf = new Map<string, number>();
  const mark = (kind: AnchoredKind, record: Identified, page: number) => {
    const anchor = recordAnchor(kind, record.id);
    if (!pageOf.has(anchor)) pageOf.set(anchor, page);
  };
  for (const page of pages) {
    for (const part of page.plans) {
      const n = page.number;
      const measure = (m: MeasureNode<M, I>) => {
        mark('measure', m.measure, n);
        m.indicators.forEach((i) => mark('indicator', i, n));
      };
      mark('plan', part.plan, n);
      for (const g of part.outline.goals) {
        mark('goal', g.goal, n);
        g.indicators.forEach((i) => mark('indicator', i, n));
        g.measures.forEach(measure);
      }
      part.outline.looseMeasures.forEach(measure);
      part.outline.looseIndicators.forEach((i) => mark('indicator', i, n));
    }
  }
  return { pages, pageOf };
}

/** One plan's pages, each the plan's part on it: units packed in order while a page has room. */
function planPages<P, G, M, I>(plan: P, outline: PlanOutline<G, M, I>, max: number): PlanPart<P, G, M, I>[][] {
  const groups: Unit<G, M, I>[][] = [[]];
  let room = max;
  for (const unit of unitsOf(outline, max)) {
    const size = unit.indicators.length;
    if (size > room && groups.at(-1)!.length > 0) {
      groups.push([]);
      room = max;
    }
    groups.at(-1)!.push(unit);
    room -= size;
  }
  return groups.map((units, i) => [{ plan, first: i === 0, outline: outlineOf(units) }]);
}
