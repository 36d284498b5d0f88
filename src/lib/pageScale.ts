/**
 * Where a page built from every town stops listing each one, so that its weight stays the same
 * whether the site holds four towns or 1,741: beyond these, a page shows a distribution or links to
 * the compare page, where a reader picks the towns.
 */

/** Most indicators a family's chart draws one by one (a dumbbell each); beyond, it shows their distribution. */
export const DUMBBELL_MAX_ROWS = 12;

/** Most towns the compare page compares at once, and a theme page marks on its distribution charts. */
export const COMPARE_MAX_TOWNS = 4;

/** Most towns a page lays out in columns or lists by name. */
export const COLUMN_MAX_TOWNS = 4;

/** Most targets an ambition chart ranks on a page built from every town. */
export const AMBITION_MAX_ROWS = 30;

/** Most towns the home page and /cities/ list one by one with their plans; beyond, they list prefectures with their counts. */
export const LIST_MAX_TOWNS = 8;

/** How many of the newest plans the home page names when it lists prefectures instead of towns. */
export const NEWEST_PLANS = 10;

/** Most plans the plan timeline draws one bar each; beyond, /cities/ counts plans by phase instead. */
export const TIMELINE_MAX_PLANS = 12;

/** Towns per page of a prefecture's list (Hokkaido has 179): its later pages are /prefectures/<code>/2/ and on. */
export const PREFECTURE_PAGE_TOWNS = 30;

/** Most source documents whose unrecorded lines the methodology page lists one by one; beyond, it counts them per document. */
export const COVERAGE_MAX_DOCUMENTS = 6;

/** Most corrections the methodology page lists one by one; beyond, it counts them per document (each source page lists its own). */
export const CORRECTIONS_MAX_LISTED = 12;

/** How many documents the methodology page names when it counts coverage lines or corrections per document: those with the most. */
export const TOP_DOCUMENTS = 10;

/** Most indicators a town's page holds: a town with more gets an overview page and its plans on the pages after it (src/lib/cityPages). */
export const CITY_PAGE_MAX_INDICATORS = 80;

/** Most pairs of an indicator and its earlier self a town's page draws as charts; beyond, the progress table alone shows them. */
export const GENERATION_MAX_CHARTS = 12;
