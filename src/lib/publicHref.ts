import { PUBLIC_SITE } from '../config';
import { publicUrl } from './siteUrl';

/**
 * The absolute URL on the published site of a link made by href() or localeHref(), for citations
 * and canonical links (build time only: it reads the build's configuration).
 * In a local build, `publicHref('/en/')` → 'https://machikurabe.github.io/machikurabe/en/'.
 */
export function publicHref(link: string): string {
  return publicUrl(PUBLIC_SITE, link, import.meta.env.BASE_URL);
}
