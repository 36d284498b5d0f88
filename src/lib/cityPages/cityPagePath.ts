/**
 * Path of a page of a town (without base or language prefix), shared by the pages and by the
 * browser code that links to them: `cityPagePath('012360-hokuto', 1)` → '/cities/012360-hokuto/',
 * `cityPagePath('012360-hokuto', 3)` → '/cities/012360-hokuto/3/'.
 */
export function cityPagePath(slug: string, page: number): string {
  return page <= 1 ? `/cities/${slug}/` : `/cities/${slug}/${page}/`;
}

/** Path of a record on its town's page: `cityRecordPath('012360-hokuto', 2, 'indicator-012360-g2-strategy-kpi-3')` → '/cities/012360-hokuto/2/#indicator-…'. */
export function cityRecordPath(slug: string, page: number, anchor: string): string {
  return `${cityPagePath(slug, page)}#${anchor}`;
}
