import { toLang, type Lang } from '../../../i18n/locales';
import type { ClientLabelKey, ClientLabels } from '../clientLabels';

/** What a search element is told by its data attributes. */
export interface SearchConfig {
  lang: Lang;
  labels: ClientLabels;
}

/** Reads `data-lang` and `data-labels` of a search element. */
export function readConfig(element: HTMLElement): SearchConfig {
  return { lang: toLang(element.dataset['lang']), labels: JSON.parse(element.dataset['labels'] ?? '{}') as ClientLabels };
}

/** A label with its `{slots}` filled: `label(labels, 'search.count', { n: 3 })` → '3件'. */
export function label(labels: ClientLabels, key: ClientLabelKey, slots: Record<string, string | number> = {}): string {
  return (labels[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(slots[name] ?? ''));
}
