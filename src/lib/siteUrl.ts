/** Where a build's pages are published, which is what citations and canonical links name. */
export interface PublicSite {
  /** Root of the published pages, with its base path and a trailing slash: 'https://machikurabe.github.io/machikurabe/'. */
  root: string;
  /**
   * True for a build that was not told where it is published (no SITE_URL, or a loopback one): its
   * links name the configured public site, and its pages say that they are a local build.
   */
  local: boolean;
}

/** Host names that only ever mean "this machine": a citation naming one is no citation. */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/** 'https://x.org/a' → 'https://x.org/a/'. */
function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * The public site of a build, from its environment and the configured default (package.json
 * "homepage"). The Pages workflow sets SITE_URL and BASE_PATH; without them the build is local.
 * `publicSite({ SITE_URL: 'https://me.github.io', BASE_PATH: '/fork' }, 'https://machikurabe.github.io/machikurabe/')`
 * → `{ root: 'https://me.github.io/fork/', local: false }`; `publicSite({}, …)` → `{ root: 'https://machikurabe.github.io/machikurabe/', local: true }`.
 */
export function publicSite(env: { SITE_URL?: string | undefined; BASE_PATH?: string | undefined }, homepage: string): PublicSite {
  const site = env.SITE_URL?.trim();
  if (site && !LOOPBACK.test(new URL(site).hostname)) {
    return { root: withSlash(new URL(env.BASE_PATH || '/', site).href), local: false };
  }
  return { root: withSlash(new URL(homepage).href), local: true };
}

/**
 * The public URL of an internal link made by href() or localeHref(), which carry this build's base:
 * the base gives way to the public root, so a local build (base '/') still names the published page.
 * `publicUrl({ root: 'https://machikurabe.github.io/machikurabe/', local: true }, '/en/sources/x/#L4', '/')`
 * → 'https://machikurabe.github.io/machikurabe/en/sources/x/#L4'.
 */
export function publicUrl(site: PublicSite, link: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  const path = prefix && (link === prefix || link.startsWith(`${prefix}/`)) ? link.slice(prefix.length) : link;
  return new URL(path.replace(/^\/+/, ''), site.root).href;
}
