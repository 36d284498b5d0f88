/**
 * Site-wide settings that are not data: the repository readers report corrections to and the
 * version of the data that citations name. Both can be overridden at build time from the
 * environment, e.g. `MACHIKURABE_REPOSITORY=https://github.com/me/fork npm run build`.
 */
import pkg from '../package.json';
import { publicSite } from './lib/siteUrl';

/** GitHub repository of the project (issues there are the correction channel); no trailing slash. */
export const REPOSITORY_URL = (process.env.MACHIKURABE_REPOSITORY || 'https://github.com/machikurabe/machikurabe').replace(
  /\/+$/,
  '',
);

/** Version of the normalized data that citations name; bump it whenever content/ changes. */
export const DATA_VERSION = process.env.MACHIKURABE_DATA_VERSION || '0.1.0';

/** Licence of the normalized data (content/ and public/data/); the code is MIT (LICENSE). */
export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/**
 * Where the site is published, which citations and canonical links name: SITE_URL and BASE_PATH when
 * the build sets them (the Pages workflow does), else package.json "homepage". A build without
 * SITE_URL is a local build: it names the public site all the same and says on its pages that it is
 * local, so no citation ever names localhost.
 */
export const PUBLIC_SITE = publicSite(process.env, pkg.homepage);
