import { THEME_NAMES } from '../../../domain/themeNames';
import type { ThemeId } from '../../../schemas/themes';
import { normalizeForSearch } from '../normalize';

/** Words of the English labels that name no theme on their own. */
const STOP_WORDS = new Set(['and', 'the', 'ties', 'town']);

/** Words of each theme's English label and id, normalized: childcare → ['marriage', 'birth', 'childcare']. */
const THEME_WORDS: [ThemeId, string[]][] = THEME_NAMES.map((t) => [
  t.id,
  [...new Set(normalizeForSearch(`${t.en} ${t.id}`).split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !STOP_WORDS.has(w)))],
]);

/**
 * The themes an English term names: a word of the label or id starting with it, from three
 * letters on (shorter terms such as `dx` are searched as text only, to stay precise).
 * `matchThemes('childcare')` → ['childcare']; `matchThemes('touris')` → ['tourism']; `matchThemes('dx')` → [].
 */
export function matchThemes(term: string): ThemeId[] {
  if (!/^[a-z]{3,}$/.test(term)) return [];
  return THEME_WORDS.filter(([, words]) => words.some((w) => w.startsWith(term))).map(([id]) => id);
}

/**
 * Themes whose Japanese or English label contains a term, to offer as links (any script, two
 * characters or more). `suggestThemes('子育て')` → ['childcare'].
 */
export function suggestThemes(term: string): ThemeId[] {
  if (term.length < 2) return [];
  return THEME_NAMES.filter((t) => normalizeForSearch(`${t.ja} ${t.en}`).includes(term) || t.id === term).map((t) => t.id);
}
