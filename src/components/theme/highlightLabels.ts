import type { Lang } from '../../i18n/locales';
import { labelsFor } from '../../i18n/labelsFor';
import type { UiKey } from '../../i18n/ui';

/** The UI strings the theme page's highlight script needs, handed to it in a data attribute (the script never bundles the dictionary). */
export const HIGHLIGHT_LABEL_KEYS = [
  'highlight.remove',
  'highlight.removeLabel',
  'highlight.status',
  'highlight.full',
  'highlight.empty',
  'highlight.town',
  'highlight.noneInPanel',
  'highlight.markTitle',
  'indicator.name',
  'chart.key.baseline',
  'chart.key.target',
  'chart.listSeparator',
  'compare.loading',
  'compare.loadError',
  'compare.unknownTown',
  'compare.noData',
] as const satisfies readonly UiKey[];

/** A key of the highlight script's strings. */
export type HighlightLabelKey = (typeof HIGHLIGHT_LABEL_KEYS)[number];

/** The highlight script's strings in one language (templates with `{slots}` unfilled). */
export type HighlightLabels = Record<HighlightLabelKey, string>;

/** The strings for a language, for `data-labels`: `highlightLabels('en')['highlight.remove']` → 'Remove'. */
export function highlightLabels(lang: Lang): HighlightLabels {
  return labelsFor(HIGHLIGHT_LABEL_KEYS, lang);
}
