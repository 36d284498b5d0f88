/**
 * A town's pages as the site builds them, made once per build and asked for by every page and data
 * file that links to a record: its plans' outlines split by splitCityPages, and the link to any of
 * its plans, goals, measures and indicators on the page where it stands.
 */
import { planOutline } from '../../core/planOutline';
import type { Lang } from '../../i18n/locales';
import type { Goal } from '../../schemas/goal';
import type { Indicator } from '../../schemas/indicator';
import type { Measure } from '../../schemas/measure';
import type { Municipality } from '../../schemas/municipality';
import type { Plan } from '../../schemas/plan';
import type { SiteData } from '../data/siteData';
import { recordAnchor, type AnchoredKind } from '../recordAnchor';
import { localeHref } from '../url';
import { cityRecordPath } from './cityPagePath';
import { splitCityPages, type CityPages } from './splitCityPages';

export type TownPages = CityPages<Plan, Goal, Measure, Indicator>;

const made = new WeakMap<SiteData, Map<string, TownPages>>();

/** The pages of the town `code`. */
export function townPages(site: SiteData, code: string): TownPages {
  let towns = made.get(site);
  if (!towns) made.set(site, (towns = new Map()));
  let pages = towns.get(code);
  if (!pages) {
    const goals = site.goalsByCity.get(code) ?? [];
    const measures = site.measuresByCity.get(code) ?? [];
    const indicators = site.indicatorsByCity.get(code) ?? [];
    const plans = (site.plansByCity.get(code) ?? []).map((plan) => ({ plan, outline: planOutline(plan.id, goals, measures, indicators) }));
    pages = splitCityPages(plans);
    towns.set(code, pages);
  }
  return pages;
}

/** Page number (from 1) of a record's element, by its anchor; a record of no plan stands on no page, and its anchor on the first page leads to the town at least. */
export function anchorPage(site: SiteData, code: string, anchor: string): number {
  return townPages(site, code).pageOf.get(anchor) ?? 1;
}

/** Path of a record's element (by its anchor, `recordAnchor(kind, id)`) on its town's pages, without base or language: '/cities/032069-kitakami/3/#indicator-…'. */
export function anchorPath(site: SiteData, town: Pick<Municipality, 'code' | 'slug'>, anchor: string): string {
  return cityRecordPath(town.slug, anchorPage(site, town.code, anchor), anchor);
}

/** Path of a record on its town's pages, without base or language. */
export function recordPath(site: SiteData, town: Pick<Municipality, 'code' | 'slug'>, kind: AnchoredKind, id: string): string {
  return anchorPath(site, town, recordAnchor(kind, id));
}

/** Link to a record on its town's pages in a language (base-aware). */
export function recordHref(site: SiteData, lang: Lang, town: Pick<Municipality, 'code' | 'slug'>, kind: AnchoredKind, id: string): string {
  return localeHref(lang, recordPath(site, town, kind, id));
}

/** Link to a record of one town in one language, as the town's pages pass it to their parts: `link('indicator', id)`. */
export type RecordLink = (kind: AnchoredKind, id: string) => string;
