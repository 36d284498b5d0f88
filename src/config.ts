/**
 * Site-wide settings that are not data: the repository readers report corrections to and the
 * version of the data that citations name. Both can be overridden at build time from the
 * environment, e.g. `MACHIKURABE_REPOSITORY=https://github.com/me/fork npm run build`.
 */

/** GitHub repository of the project (issues there are the correction channel); no trailing slash. */
export const REPOSITORY_URL = (process.env.MACHIKURABE_REPOSITORY || 'https://github.com/machikurabe/machikurabe').replace(
  /\/+$/,
  '',
);

/** Version of the normalized data that citations name; bump it whenever content/ changes. */
export const DATA_VERSION = process.env.MACHIKURABE_DATA_VERSION || '0.1.0';

/** Licence proposed for the normalized data (not yet adopted by the project). */
export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;
