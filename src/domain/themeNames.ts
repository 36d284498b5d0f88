import type { ThemeId } from '../schemas/themes';

/** A theme's labels. */
export interface ThemeName {
  id: ThemeId;
  ja: string;
  en: string;
}

/**
 * The themes in display order with their labels, apart from their keywords (themes.ts), so that
 * browser code (the search page and its worker) ships the labels without the keyword lists.
 */
export const THEME_NAMES: readonly ThemeName[] = [
  { id: 'childcare', ja: '結婚・出産・子育て', en: 'Marriage, birth and childcare' },
  { id: 'dx', ja: 'デジタル・DX', en: 'Digital and DX' },
  { id: 'migration', ja: '移住・定住・関係人口・ひとの流れ', en: 'Migration, settlement and ties to the town' },
  { id: 'decarbonization', ja: '脱炭素・再エネ・環境', en: 'Decarbonization, renewables and environment' },
  { id: 'jobs', ja: 'しごと・産業・雇用', en: 'Jobs, industry and employment' },
  { id: 'tourism', ja: '観光・交流・文化', en: 'Tourism, exchange and culture' },
  { id: 'education', ja: '教育・学び', en: 'Education and learning' },
  { id: 'health-welfare', ja: '健康・医療・福祉', en: 'Health, medical care and welfare' },
  { id: 'community-safety', ja: '地域・協働・防災', en: 'Community, partnership and safety' },
  { id: 'transport-urban', ja: '交通・都市基盤', en: 'Transport and urban infrastructure' },
];

/** The labels of a theme id: `themeName('dx').en` → 'Digital and DX'. */
export function themeName(id: ThemeId): ThemeName {
  const name = THEME_NAMES.find((t) => t.id === id);
  if (!name) throw new Error(`unknown theme id ${id}`);
  return name;
}
