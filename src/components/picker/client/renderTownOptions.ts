import { INTL_LOCALE, type Lang } from '../../../i18n/locales';
import { cityName } from '../../../lib/cityName';
import type { PrefectureGroup } from '../../../lib/towns/groupByPrefecture';
import type { TownMatch } from '../../../lib/towns/matchTowns';
import type { PickerTown } from '../../../lib/towns/townsFile';
import type { PickerLabels } from '../pickerLabels';
import { pickerText } from './pickerText';

/** What the options are written with. */
export interface OptionContext {
  lang: Lang;
  labels: PickerLabels;
  /** Two-digit code → [name as written, English name]. */
  prefectures: Map<string, [string, string]>;
  /** Prefix of every id, unique on the page (the listbox id). */
  idPrefix: string;
}

/** Id of a town's option: ('picker-listbox', '012360') → 'picker-listbox-012360'. */
export function optionId(idPrefix: string, code: string): string {
  return `${idPrefix}-${code}`;
}

/** One option: the name (and the name as written on English pages), then reading, population and "no data yet". */
function renderOption(doc: Document, town: PickerTown, ctx: OptionContext): HTMLElement {
  const node = doc.createElement('div');
  node.setAttribute('role', 'option');
  node.setAttribute('aria-selected', 'false');
  node.id = optionId(ctx.idPrefix, town.code);
  node.className = 'option';
  node.dataset['code'] = town.code;
  const name = doc.createElement('span');
  name.className = 'name';
  name.textContent = cityName(town, ctx.lang);
  if (ctx.lang !== 'ja') {
    const original = doc.createElement('span');
    original.lang = 'ja';
    original.textContent = town.name;
    name.append(' ', original);
  }
  const meta = doc.createElement('span');
  meta.className = 'meta';
  const kana = doc.createElement('span');
  kana.textContent = town.kana;
  if (ctx.lang !== 'ja') kana.lang = 'ja';
  meta.append(kana);
  if (town.population !== null) {
    meta.append(' · ', pickerText(ctx.labels, ctx.lang, 'picker.population', { count: town.population.toLocaleString(INTL_LOCALE[ctx.lang]) }));
  }
  if (!town.hasData) {
    const tag = doc.createElement('span');
    tag.className = 'tag';
    tag.textContent = pickerText(ctx.labels, ctx.lang, 'picker.noDataTag');
    meta.append(' ', tag);
  }
  node.append(name, meta);
  return node;
}

/** The listbox content: one group per prefecture, labelled by its name, with its towns. */
export function renderTownOptions(doc: Document, groups: readonly PrefectureGroup<TownMatch<PickerTown>>[], ctx: OptionContext): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const group of groups) {
    const box = doc.createElement('div');
    box.setAttribute('role', 'group');
    const heading = doc.createElement('div');
    heading.setAttribute('role', 'presentation');
    heading.className = 'group-label';
    heading.id = `${ctx.idPrefix}-p${group.prefecture}`;
    const [ja, en] = ctx.prefectures.get(group.prefecture) ?? [group.prefecture, group.prefecture];
    heading.textContent = ctx.lang === 'ja' ? ja : en;
    box.setAttribute('aria-labelledby', heading.id);
    box.append(heading, ...group.items.map((m) => renderOption(doc, m.town, ctx)));
    fragment.append(box);
  }
  return fragment;
}
