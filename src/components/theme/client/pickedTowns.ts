import { COMPARE_MAX_TOWNS } from '../../../lib/pageScale';
import { parseCompareState } from '../../compare/compareState';

/**
 * The towns a reader picked on a theme page, kept in the URL as the compare and indicator pages
 * keep theirs (`?cities=012360,112330`), so a link shows the same marks.
 */

/** Most towns marked at once: as many as the compare page compares. */
export const MAX_PICKED_TOWNS = COMPARE_MAX_TOWNS;

/**
 * The picked towns of a query string, read as the compare page reads its towns (six-digit codes,
 * repeats dropped, at most `max`, in the order given), but none when the URL names none:
 * `readPickedTowns('?cities=112330,abc,112330,012360')` → ['112330', '012360'].
 */
export function readPickedTowns(search: string, max = MAX_PICKED_TOWNS): string[] {
  return parseCompareState(search, { themes: [], max, defaults: [] }).cities;
}

/**
 * A query string with `cities` set to the towns (left out when there are none) and every other
 * parameter kept: `withPickedTowns('?theme=dx', ['012360', '112330'])` → '?theme=dx&cities=012360,112330';
 * `withPickedTowns('?cities=012360', [])` → ''.
 */
export function withPickedTowns(search: string, codes: readonly string[]): string {
  const params = new URLSearchParams(search);
  params.delete('cities');
  const rest = params.toString();
  const parts = [rest, codes.length > 0 ? `cities=${codes.join(',')}` : ''].filter((p) => p !== '');
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/**
 * A link with the picked towns added to its query (its path and fragment kept):
 * `linkWithTowns('/indicators/?theme=dx&family=dx-services', ['012360'])` → '/indicators/?theme=dx&family=dx-services&cities=012360'.
 */
export function linkWithTowns(link: string, codes: readonly string[]): string {
  const hash = link.indexOf('#');
  const beforeHash = hash === -1 ? link : link.slice(0, hash);
  const fragment = hash === -1 ? '' : link.slice(hash);
  const query = beforeHash.indexOf('?');
  const path = query === -1 ? beforeHash : beforeHash.slice(0, query);
  return `${path}${withPickedTowns(query === -1 ? '' : beforeHash.slice(query), codes)}${fragment}`;
}
