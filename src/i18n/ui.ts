import { en } from './en';
import { ja, type UiKey } from './ja';
import type { Lang } from './locales';

export type { UiKey } from './ja';

/** The UI dictionary in every language (one file per language: ja.ts, the source of keys, and en.ts). */
export const UI: Record<Lang, Record<UiKey, string>> = { ja, en };
