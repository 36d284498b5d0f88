import type { CityData } from './cityData';

/** Why a town's data could not be shown. */
export class TownLoadError extends Error {
  constructor(
    readonly code: string,
    readonly missing: boolean,
  ) {
    super(missing ? `no data file for ${code}` : `could not load the data of ${code}`);
  }
}

/**
 * Loads towns' data files (`<prefix><code>.json`), each once per page: a code with no file (404) is a
 * `TownLoadError` with `missing`, any other failure one without.
 */
export function townLoader(prefix: string, fetcher: typeof fetch = fetch): (code: string) => Promise<CityData> {
  const cache = new Map<string, Promise<CityData>>();
  return (code) => {
    let pending = cache.get(code);
    if (pending === undefined) {
      pending = fetcher(`${prefix}${code}.json`).then(
        (response) => {
          if (response.status === 404) throw new TownLoadError(code, true);
          if (!response.ok) throw new TownLoadError(code, false);
          return response.json() as Promise<CityData>;
        },
        () => {
          throw new TownLoadError(code, false);
        },
      );
      // A failed load may be retried by the next change.
      pending.catch(() => cache.delete(code));
      cache.set(code, pending);
    }
    return pending;
  };
}
