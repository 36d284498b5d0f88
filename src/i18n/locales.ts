/** The UI languages, in switcher order; Japanese is the default and has no URL prefix. */
export const LOCALES = ['ja', 'en'] as const;

/** A UI language code. */
export type Lang = (typeof LOCALES)[number];

/** The default language, served without a URL prefix. */
export const DEFAULT_LANG: Lang = 'ja';

/** BCP 47 tag for number and date formatting: `'ja'` → `'ja-JP'`. */
export const INTL_LOCALE: Record<Lang, string> = { ja: 'ja-JP', en: 'en-GB' };

/** The `[...lang]` route parameter of a language: `'ja'` → undefined (no prefix), `'en'` → `'en'`. */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** Narrows any string (e.g. `Astro.currentLocale`) to a UI language, falling back to the default. */
export function toLang(value: string | undefined): Lang {
  return LOCALES.find((l) => l === value) ?? DEFAULT_LANG;
}

/** The other UI language (for the language switch): `'ja'` → `'en'`. */
export function otherLang(lang: Lang): Lang {
  return lang === 'ja' ? 'en' : 'ja';
}

/**
 * getStaticPaths entries for a `src/pages/[...lang]/…` page that exists once per language:
 * `[{ params: { lang: undefined }, props: { lang: 'ja' } }, { params: { lang: 'en' }, props: { lang: 'en' } }]`.
 */
export function localeStaticPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return LOCALES.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** `lang` attribute for data shown as written (Japanese) on a page in `lang`: 'ja' on English pages, else none. */
export function dataLang(lang: Lang): 'ja' | undefined {
  return lang === 'ja' ? undefined : 'ja';
}

/** `lang` attribute for a text made on a page in `lang` that may still hold Japanese as written: 'ja' on English pages when it does. */
export function textLang(text: string, lang: Lang): 'ja' | undefined {
  return lang !== 'ja' && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) ? 'ja' : undefined;
}
