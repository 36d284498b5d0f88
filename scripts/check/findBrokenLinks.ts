/** A built page: its URL path (with base) and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** A link that does not resolve. */
export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

/** Attribute values of href/src/action in an HTML text (entity &amp; decoded). */
function links(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** Ids (and legacy names) defined in an HTML text. */
export function anchorsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!));
}

/**
 * Every internal link and anchor of a built site that does not resolve: a path with no built page or
 * file under the base, or a `#fragment` with no such id on its target page. External links
 * (another origin, mailto:) are not followed. `files` holds the paths of non-HTML files (with base).
 * A page at '/b/x/' linking '/b/y/#L3' is broken unless page '/b/y/' exists and has id="L3".
 */
export function findBrokenLinks(pages: BuiltPage[], files: Set<string>, base: string, origin = 'http://site.invalid'): BrokenLink[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const anchors = new Map<string, Set<string>>();
  const broken: BrokenLink[] = [];
  const root = base.endsWith('/') ? base : `${base}/`;
  for (const page of pages) {
    for (const link of links(page.html)) {
      if (link === '' || /^(mailto|tel|data|javascript):/i.test(link)) {
        if (/^javascript:/i.test(link)) broken.push({ page: page.path, link, reason: 'javascript: URL' });
        continue;
      }
      const url = new URL(link, origin + page.path);
      if (url.origin !== origin) continue;
      const path = decodeURI(url.pathname);
      if (!path.startsWith(root)) {
        broken.push({ page: page.path, link, reason: `outside the base path ${root}` });
        continue;
      }
      const target = byPath.get(path) ?? byPath.get(path.endsWith('/') ? path : `${path}/`);
      if (!target && !files.has(path)) {
        broken.push({ page: page.path, link, reason: 'no such page or file' });
        continue;
      }
      if (url.hash && target) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!anchors.has(target.path)) anchors.set(target.path, anchorsOf(target.html));
        if (!anchors.get(target.path)!.has(id)) broken.push({ page: page.path, link, reason: `no id "${id}" on ${target.path}` });
      }
    }
  }
  return broken;
}

/**
 * Links of a page served at any path (the 404 page answers every missing URL) that would resolve
 * differently by where it is served: relative paths. Absolute paths, fragments and other origins
 * are fine. `pathRelativeLinks('<a href="/b/">x</a><a href="cities/">y</a>')` → ['cities/'].
 */
export function pathRelativeLinks(html: string): string[] {
  return links(html).filter((link) => link !== '' && !/^(\/|#|[a-z][a-z0-9+.-]*:)/i.test(link));
}
