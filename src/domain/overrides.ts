import type { ThemeId } from '../schemas/themes';

/** An explicit classification of one record that the dictionaries get wrong or cannot see. */
export interface Override {
  /** Record id (goal, measure or indicator). */
  id: string;
  /** Themes to use instead of the dictionary's. */
  themes?: ThemeId[];
  /** Family to use instead of the dictionary's (null: none). */
  family?: string | null;
  reason: string;
}

/** Reviewed overrides; each one says why. Kept few. */
export const OVERRIDES: readonly Override[] = [];
