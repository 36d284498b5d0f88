import type { ThemeId } from '../schemas/themes';
import { THEMES } from './themes';

/**
 * Themes whose keywords occur in a text, in dictionary order.
 * `classifyThemes('子育てアプリ登録者数')` → ['childcare', 'dx'].
 */
export function classifyThemes(text: string): ThemeId[] {
  const normalized = text.normalize('NFKC');
  return THEMES.filter((theme) => theme.keywords.some((k) => normalized.includes(k.normalize('NFKC')))).map((t) => t.id);
}

/** Sorts theme ids in dictionary order and removes duplicates. */
export function sortThemes(ids: Iterable<ThemeId>): ThemeId[] {
  const set = new Set(ids);
  return THEMES.map((t) => t.id).filter((id) => set.has(id));
}
