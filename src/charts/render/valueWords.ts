import type { ValueWords } from '../../lib/compare/cityData';
import type { WhenWords } from '../../lib/whenWords';
import { h, type Node } from './element';

/** A period as WhenLabel.astro shows it: its label (lang="ja" when it is the document's own) and its year. */
export function whenLabel(when: WhenWords | null, dataLang: string | undefined): Node {
  if (when === null) return null;
  return h('span', { class: 'when' }, when.shown !== null && h('span', { lang: when.shownIsData ? dataLang : undefined }, when.shown), when.year !== null && h('span', { class: when.implied ? 'implied' : undefined }, when.year));
}

/** A value as BaselineValue/TargetValue.astro show it: the value as written, then its period. */
export function valueWithWhen(value: ValueWords, dataLang: string | undefined, qualitative = false): Node[] {
  return [h('span', { class: qualitative ? 'value qualitative' : 'value', lang: value.isData ? 'ja' : undefined }, value.text), whenLabel(value.when, dataLang)];
}
