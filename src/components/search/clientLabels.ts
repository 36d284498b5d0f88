import type { Lang } from '../../i18n/locales';
import { labelsFor } from '../../i18n/labelsFor';
import type { UiKey } from '../../i18n/ui';

/** The UI strings the search scripts need, handed to them in a data attribute (the scripts never bundle the dictionary). */
export const CLIENT_LABEL_KEYS = [
  'search.kind.city',
  'search.kind.plan',
  'search.kind.goal',
  'search.kind.measure',
  'search.kind.action',
  'search.kind.indicator',
  'search.count',
  'search.countOne',
  'search.countApprox',
  'search.status',
  'search.none',
  'search.tipWords',
  'search.tipFilters',
  'search.tipExamples',
  'search.short',
  'search.loading',
  'search.error',
  'search.seeAll',
  'search.more',
  'search.themeLink',
  'search.resultsLabel',
  'search.source',
] as const satisfies readonly UiKey[];

/** A key of the search scripts' strings. */
export type ClientLabelKey = (typeof CLIENT_LABEL_KEYS)[number];

/** The search scripts' strings in one language (templates with `{slots}`). */
export type ClientLabels = Record<ClientLabelKey, string>;

/** The strings for a language, as JSON for a data attribute: `clientLabels('en')['search.more']` → 'Show more'. */
export function clientLabels(lang: Lang): ClientLabels {
  return labelsFor(CLIENT_LABEL_KEYS, lang);
}
