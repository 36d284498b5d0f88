import { getSiteData } from '../data/siteData';
import { nationalTowns } from './nationalTowns';
import type { Town } from './town';

let cached: Promise<Town[]> | undefined;

/** Every municipality of Japan with whether the site has its data, built once per build. */
export function getSiteTowns(): Promise<Town[]> {
  cached ??= getSiteData().then((site) => nationalTowns(site.municipalities));
  return cached;
}
