import { cityRecordPath } from '../cityPages/cityPagePath';
import { recordAnchor } from '../recordAnchor';
import type { CityData, CityDataIndicator } from './cityData';

/**
 * Where a town's data file says an indicator is shown, as a path under a page prefix (base and
 * language, ending in '/'): `indicatorHref('/en/', 北斗市, 観光入込客数)` → '/en/cities/012360-hokuto/#indicator-012360-g2-strategy-L241'.
 */
export function indicatorHref(pagePrefix: string, town: Pick<CityData, 'slug'>, ind: Pick<CityDataIndicator, 'id' | 'page'>): string {
  return `${pagePrefix}${cityRecordPath(town.slug, ind.page, recordAnchor('indicator', ind.id)).slice(1)}`;
}
