import type { Lang } from '../i18n/locales';
import type { Municipality } from '../schemas/municipality';

/** English words for the type suffix of a municipality name. */
const TYPE_SUFFIX: Record<string, string> = { 市: 'City', 町: 'Town', 村: 'Village', 区: 'Ward' };

/**
 * Name of a municipality as shown in a language: Japanese as written, English romanized.
 * `cityName({ name: '北斗市', romaji: 'hokuto' }, 'en')` → 'Hokuto City'.
 */
export function cityName(m: Pick<Municipality, 'name' | 'romaji'>, lang: Lang): string {
  if (lang === 'ja') return m.name;
  const romanized = m.romaji
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('-');
  const suffix = TYPE_SUFFIX[m.name.slice(-1)];
  return suffix ? `${romanized} ${suffix}` : romanized;
}
