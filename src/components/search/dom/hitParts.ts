import type { Lang } from '../../../i18n/locales';
import { cityName } from '../../../lib/cityName';
import type { SearchHit } from '../../../lib/search/engine/types';
import type { CityRow } from '../../../lib/search/indexFormat';

/** What the renderers need besides the outcome. */
export interface RenderContext {
  lang: Lang;
  cities: readonly CityRow[];
}

/** The shown name of a hit's city in the page language: 北斗市 in Japanese, 'Hokuto City' in English. */
export function hitCityName(hit: Pick<SearchHit, 'city'>, ctx: RenderContext): string {
  const row = ctx.cities[hit.city];
  return row ? cityName({ name: row[1], romaji: row[3] }, ctx.lang) : '';
}

/** Hits grouped by city, cities in the order of their best hit: `[北斗 a, 北上 b, 北斗 c]` → [[北斗, [a, c]], [北上, [b]]]. */
export function byCity(hits: readonly SearchHit[]): [number, SearchHit[]][] {
  const groups = new Map<number, SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.city);
    if (list) list.push(hit);
    else groups.set(hit.city, [hit]);
  }
  return [...groups];
}
