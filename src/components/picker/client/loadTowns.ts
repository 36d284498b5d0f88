import { prepareTowns, type PreparedTown } from '../../../lib/towns/matchTowns';
import { readTownsFile, type PickerTown, type TownsFile } from '../../../lib/towns/townsFile';

/** The towns file read for matching, with prefecture names and which prefectures have a page. */
export interface LoadedTowns {
  towns: PreparedTown<PickerTown>[];
  /** Two-digit code → [name as written, English name]. */
  prefectures: Map<string, [string, string]>;
  /** Prefectures with at least one town with data (they have a page). */
  withPage: Set<string>;
}

const loaded = new Map<string, Promise<LoadedTowns>>();

/** Fetches and prepares the towns file once per page, whichever picker asks first. */
export function loadTowns(src: string): Promise<LoadedTowns> {
  let promise = loaded.get(src);
  if (!promise) {
    promise = fetch(src)
      .then((response) => {
        if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
        return response.json() as Promise<TownsFile>;
      })
      .then((file) => {
        const towns = readTownsFile(file);
        return {
          towns: prepareTowns(towns),
          prefectures: new Map(file.prefectures.map(([code, name, english]) => [code, [name, english]])),
          withPage: new Set(towns.filter((t) => t.hasData).map((t) => t.prefecture)),
        };
      });
    // A failed fetch may be retried on the next keystroke.
    promise.catch(() => loaded.delete(src));
    loaded.set(src, promise);
  }
  return promise;
}
