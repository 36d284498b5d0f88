import type { Lang } from '../../i18n/locales';
import { cityPagePath, cityRecordPath } from '../cityPages/cityPagePath';
import { lineId } from '../sourcePath';
import { localeHref } from '../url';
import type { CityRow } from './indexFormat';
import type { SearchHit } from './engine/types';

/** URL slug of a manifest city: `citySlug(['012360', '北斗市', 'ほくとし', 'hokuto', 0])` → '012360-hokuto'. */
export function citySlug(city: CityRow): string {
  return `${city[0]}-${city[3]}`;
}

/**
 * Link to a hit's place on its town's pages (base-aware).
 * A goal of 北斗市 in Japanese → '/cities/012360-hokuto/#goal-012360-g2-strategy-basic-1';
 * an indicator on a large town's third page → '/cities/<slug>/3/#indicator-…'.
 */
export function hitHref(hit: Pick<SearchHit, 'anchor' | 'page'>, city: CityRow, lang: Lang): string {
  const slug = citySlug(city);
  return localeHref(lang, hit.anchor === '' ? cityPagePath(slug, 1) : cityRecordPath(slug, hit.page, hit.anchor));
}

/** Link to a hit's source line, or null: `{ document: '001_c9…', line: 214 }` → '/sources/001_c9…/#L214'. */
export function sourceHref(hit: Pick<SearchHit, 'source'>, lang: Lang): string | null {
  return hit.source === null ? null : localeHref(lang, `/sources/${hit.source.document}/#${lineId(hit.source.line)}`);
}

/** Link to the search page for a query string (from searchQueryString): `searchHref('en', '?q=DX')` → '/en/search/?q=DX'. */
export function searchHref(lang: Lang, queryString: string): string {
  return localeHref(lang, `/search/${queryString}`);
}
