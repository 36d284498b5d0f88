import type { ThemeId } from '../../schemas/themes';
import { SEARCH_THEME_IDS } from './themeIds';

/** Themes as a bit mask in THEMES order, so a document stores them as one number: `['childcare', 'dx']` → 3. */
export function themeMask(themes: readonly ThemeId[]): number {
  return themes.reduce((mask, id) => mask | (1 << SEARCH_THEME_IDS.indexOf(id)), 0);
}

/** Whether a mask has a theme: `hasTheme(3, 'dx')` → true. */
export function hasTheme(mask: number, theme: ThemeId): boolean {
  return (mask & (1 << SEARCH_THEME_IDS.indexOf(theme))) !== 0;
}

/** The themes of a mask, in SEARCH_THEME_IDS order: `themesOfMask(3)` → ['childcare', 'dx']. */
export function themesOfMask(mask: number): ThemeId[] {
  return SEARCH_THEME_IDS.filter((_, i) => (mask & (1 << i)) !== 0);
}
