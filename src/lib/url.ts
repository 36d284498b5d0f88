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
