import type { PopulationSourceWords } from '../../lib/compare/chartWords';
import { h, type Element } from './element';

/** The census source line as PopulationSource.astro draws it: 出典：<cite>…</cite>（速報値）、2020年10月1日. */
export function populationSource(words: PopulationSourceWords, dataLang: string | undefined): Element {
  return h('span', { class: 'population-source' }, words.prefix, h('cite', { lang: dataLang }, words.citation), words.suffix);
}
