import { FAMILIES } from '../domain/families';
import { themeName } from '../domain/themeNames';
import type { ThemeId } from '../schemas/themes';
import type { Lang } from './locales';

/** Label of a theme in a language: `themeLabel('dx', 'en')` → 'Digital and DX'. */
export function themeLabel(id: ThemeId, lang: Lang): string {
  return themeName(id)[lang];
}

/**
 * Label of an indicator family in a language; an unknown id is an error.
 * `familyLabel('births', 'ja')` → '出生数'.
 */
export function familyLabel(id: string, lang: Lang): string {
  const family = FAMILIES.find((f) => f.id === id);
  if (!family) throw new Error(`unknown indicator family ${id}`);
  return family[lang];
}
