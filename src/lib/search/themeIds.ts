import { THEME_NAMES } from '../../domain/themeNames';
import type { ThemeId } from '../../schemas/themes';

/**
 * Theme ids in THEMES order, taken from the domain's theme names rather than the zod schema module so
 * that browser code bundles neither zod nor the keyword lists. `SEARCH_THEME_IDS[1]` → 'dx'.
 */
export const SEARCH_THEME_IDS: readonly ThemeId[] = THEME_NAMES.map((t) => t.id);

/** Narrows a string to a theme id: `toThemeId('dx')` → 'dx'; `toThemeId('x')` → null. */
export function toThemeId(value: string | null | undefined): ThemeId | null {
  return SEARCH_THEME_IDS.find((t) => t === value) ?? null;
}
