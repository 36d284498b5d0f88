import type { TargetSpan } from '../../../charts/dumbbell';
import { stripSources } from '../../../charts/strip';
import type { Lang } from '../../../i18n/locales';
import type { CityData, CityDataIndicator } from '../../../lib/compare/cityData';
import type { PanelAxis } from './panelAxis';

/** One indicator of a picked town on a panel, with the values the panel places (in its base unit, or per 1,000 residents). */
export interface PanelPick {
  indicator: CityDataIndicator;
  baseline: number | null;
  target: TargetSpan | null;
}

/**
 * The indicators of a town that a theme page's distribution panel holds: those on the theme and of
 * the family, chosen for the panel's unit (and per 1,000 residents, when the panel is) by the same
 * function the build drew the panel with (stripSources), in reading order. A town with none gives [].
 * `panelPicks(北斗市, 'tourism', 'tourist-visits', { unit: '人', perResident: true, … }, 'ja')`
 * → 観光入込客数 with 760000 / 44331 × 1000 ≈ 17144 → 20302.
 */
export function panelPicks(town: CityData, theme: string, family: string, axis: Pick<PanelAxis, 'unit' | 'perResident'>, lang: Lang): PanelPick[] {
  const members = town.indicators.filter((i) => i.family === family && (i.themes as readonly string[]).includes(theme));
  const byId = new Map(members.map((i) => [i.id, i]));
  const source = stripSources(
    members,
    (id) => byId.get(id)!.words[lang].perThousand !== null,
    (code) => (code === town.code ? town.population.count : undefined),
  ).find((s) => s.unit === axis.unit && s.perResident === axis.perResident);
  return (source?.panel.rows ?? []).map((row) => ({ indicator: byId.get(row.id)!, baseline: row.baseline, target: row.target }));
}
