import { highlightOption } from '../../combobox/highlightOption';
import { toLang } from '../../../i18n/locales';
import { cityName } from '../../../lib/cityName';
import { groupByPrefecture } from '../../../lib/towns/groupByPrefecture';
import { matchTowns } from '../../../lib/towns/matchTowns';
import type { PickerTown } from '../../../lib/towns/townsFile';
import type { PickerLabels } from '../pickerLabels';
import { loadTowns, type LoadedTowns } from './loadTowns';
import { pickerText } from './pickerText';
import { renderTownOptions } from './renderTownOptions';
import { townHrefs } from './townHrefs';

/** Most towns listed at once; the rest are counted ("keep typing"). */
const SHOWN = 20;

/** What `town-select` carries. */
export interface TownSelectDetail {
  code: string;
  name: string;
  hasData: boolean;
  /** The town's page, or null for a town without data. */
  href: string | null;
}

/**
 * Turns a picker's field into an ARIA 1.2 combobox with a listbox popup: typing lists matching
 * towns by prefecture, ↓/↑ move through them (opening the list), Enter or a click chooses one,
 * Escape closes the list (or, when closed, clears the field). The count is announced politely.
 */
export function enhancePicker(host: HTMLElement, input: HTMLInputElement): void {
  const lang = toLang(host.dataset['lang']);
  const labels = JSON.parse(host.dataset['labels'] ?? '{}') as PickerLabels;
  const text = (key: Parameters<typeof pickerText>[2], slots?: Record<string, string | number>) => pickerText(labels, lang, key, slots);
  const popup = host.querySelector<HTMLElement>('.popup');
  const listbox = host.querySelector<HTMLElement>('[role="listbox"]');
  const note = host.querySelector<HTMLElement>('.note');
  const live = host.querySelector<HTMLElement>('[role="status"]');
  const notice = host.querySelector<HTMLElement>('.notice');
  const value = host.querySelector<HTMLInputElement>('input[type="hidden"]');
  if (!popup || !listbox || !note || !live || !notice) return;
  const doc = host.ownerDocument;
  let data: LoadedTowns | null = null;
  let shown: PickerTown[] = [];
  let active = -1;

  const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  const select = (index: number) => {
    active = highlightOption(input, options(), index);
  };
  const open = (yes: boolean) => {
    popup.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) select(-1);
  };

  const render = () => {
    if (!data) return;
    const matches = matchTowns(data.towns, input.value);
    const top = matches.slice(0, SHOWN);
    const groups = groupByPrefecture(top, (m) => m.town.prefecture);
    // Options follow the groups, so the arrow keys walk them in the order they are seen.
    shown = groups.flatMap((g) => g.items.map((m) => m.town));
    listbox.replaceChildren(renderTownOptions(doc, groups, { lang, labels, prefectures: data.prefectures, idPrefix: listbox.id }));
    const rest = matches.length - top.length;
    note.hidden = rest <= 0;
    note.textContent = rest > 0 ? text('picker.more', { n: rest }) : '';
    live.textContent = input.value.trim() === '' ? '' : matches.length === 0 ? text('picker.none', { query: input.value.trim() }) : text('picker.count', { n: matches.length });
    active = -1;
    open(input.value.trim() !== '' && matches.length > 0);
  };

  const run = async () => {
    notice.hidden = true;
    if (data) return render();
    if (input.value.trim() !== '') live.textContent = text('picker.loading');
    try {
      data = await loadTowns(host.dataset['src'] ?? '');
      render();
    } catch {
      live.textContent = text('picker.error');
    }
  };

  const choose = (town: PickerTown) => {
    if (!data) return;
    const hrefs = townHrefs(town, host.dataset['cityBase'] ?? '', host.dataset['prefectureBase'] ?? '', data.withPage);
    input.value = cityName(town, lang);
    if (value) value.value = town.code;
    open(false);
    const detail: TownSelectDetail = { code: town.code, name: town.name, hasData: town.hasData, href: hrefs.city };
    host.dispatchEvent(new CustomEvent<TownSelectDetail>('town-select', { detail, bubbles: true }));
    if (host.dataset['navigate'] === undefined) {
      live.textContent = text('picker.chosen', { town: input.value });
    } else if (hrefs.city) {
      window.location.assign(hrefs.city);
    } else {
      const [ja, en] = data.prefectures.get(town.prefecture) ?? [town.prefecture, town.prefecture];
      const link = doc.createElement('a');
      link.href = hrefs.prefecture;
      link.textContent = data.withPage.has(town.prefecture) ? text('picker.prefectureLink', { prefecture: lang === 'ja' ? ja : en }) : text('picker.prefecturesLink');
      notice.replaceChildren(text('picker.noData', { town: input.value }), ' ', link);
      notice.hidden = false;
      live.textContent = notice.textContent;
    }
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    const count = shown.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      if (popup.hidden) open(true);
      select(event.key === 'ArrowDown' ? (active + 1) % count : active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter') {
      const town = popup.hidden ? undefined : shown[active] ?? (shown.length === 1 ? shown[0] : undefined);
      if (town) {
        event.preventDefault();
        choose(town);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (!popup.hidden) open(false);
      else {
        input.value = '';
        if (value) value.value = '';
        live.textContent = '';
      }
    }
  });
  popup.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const code = (event.target as Element).closest<HTMLElement>('[role="option"]')?.dataset['code'];
    const town = shown.find((t) => t.code === code);
    if (town) choose(town);
  });
  input.addEventListener('blur', () => open(false));
  input.addEventListener('focus', () => {
    if (data && input.value.trim() !== '' && shown.length > 0) open(true);
  });
  void run();
}
