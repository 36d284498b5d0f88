import { toLang } from '../../../i18n/locales';
import { cityName } from '../../../lib/cityName';
import { loadTowns } from './loadTowns';

/**
 * Shows a town as chosen in a picker, as if the reader had picked it (the town of a shared URL):
 * its code in the hidden input and, until the towns file names it, in the field; then its name.
 * A code the file does not know, or a file that fails to load, leaves the code shown.
 * `showTown(picker, '012360')` → the field reads 北斗市 (Hokuto City on English pages).
 */
export async function showTown(host: HTMLElement, code: string): Promise<void> {
  const input = host.querySelector<HTMLInputElement>('input[role="combobox"]');
  const value = host.querySelector<HTMLInputElement>('input[type="hidden"]');
  if (!input) return;
  input.value = code;
  if (value) value.value = code;
  const town = await loadTowns(host.dataset['src'] ?? '').then(
    (data) => data.towns.find((t) => t.town.code === code)?.town,
    () => undefined,
  );
  // The reader may have typed or chosen another town meanwhile.
  if (town && input.value === code) input.value = cityName(town, toLang(host.dataset['lang']));
}
