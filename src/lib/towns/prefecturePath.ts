/**
 * The path of one page of a prefecture's list of towns: the first page is the prefecture's own
 * path, later ones add their number. `prefecturePath('01')` → '/prefectures/01/',
 * `prefecturePath('01', 3)` → '/prefectures/01/3/'.
 */
export function prefecturePath(code: string, page = 1): string {
  return page <= 1 ? `/prefectures/${code}/` : `/prefectures/${code}/${page}/`;
}
