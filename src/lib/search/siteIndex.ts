import { anchorPage } from '../cityPages/townPages';
import { getSiteData } from '../data/siteData';
import { buildSearchIndex, type BuiltIndex } from './buildSearchIndex';
import { searchRecords } from './searchRecords';

let cached: Promise<BuiltIndex> | undefined;

/** The site's search index, built once per build from the content collections (used by the search-index endpoints). */
export function getSiteIndex(): Promise<BuiltIndex> {
  cached ??= getSiteData().then((site) => buildSearchIndex(site.municipalities, searchRecords(site, (code, anchor) => anchorPage(site, code, anchor))));
  return cached;
}
