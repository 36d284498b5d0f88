import { DEFAULT_LANG, LOCALES, type Lang } from '../i18n/locales';

/**
 * Base-aware link to an internal page or file, so the site works under any `base`
 * (e.g. GitHub Pages' `/<repo>/`). Page paths get the trailing slash that
 * `trailingSlash: 'always'` requires; paths with a file extension keep theirs.
 *
 * With base '/machikurabe/': href('en') → '/machikurabe/en/',
 * href('/data/cities.json') → '/machikurabe/data/cities.json', href('/') → '/machikurabe/'.
 */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  const [pathname = '', suffix = ''] = splitSuffix(path);
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  const isFile = /\.[A-Za-z0-9]+$/.test(trimmed);
  const joined = trimmed === '' ? '/' : `/${trimmed}${isFile ? '' : '/'}`;
  return `${base}${joined}${suffix}`;
}

/** Splits '/a/b/?q=1#x' into ['/a/b/', '?q=1#x'] so the slash rule sees only the path. */
function splitSuffix(path: string): [string, string] {
  const index = path.search(/[?#]/);
  return index === -1 ? [path, ''] : [path.slice(0, index), path.slice(index)];
}

/**
 * Base-aware link to a page in a given language: Japanese has no prefix, English lives under /en/.
 * `localeHref('en', '/cities/012360-hokuto/')` → '/en/cities/012360-hokuto/' (plus the base).
 */
export function localeHref(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return href(lang === DEFAULT_LANG ? clean : `/${lang}${clean}`);
}

/**
 * The language-neutral page path of a served URL path, with base and language prefix removed,
 * so the same page can be linked in the other language.
 * With base '/machikurabe/': pagePath('/machikurabe/en/themes/dx/') → '/themes/dx/'.
 */
export function pagePath(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  const withoutBase = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const rooted = withoutBase.startsWith('/') ? withoutBase : `/${withoutBase}`;
  const prefix = LOCALES.find((l) => l !== DEFAULT_LANG && (rooted === `/${l}` || rooted.startsWith(`/${l}/`)));
  const rest = prefix ? rooted.slice(prefix.length + 1) : rooted;
  return rest === '' ? '/' : rest;
}
