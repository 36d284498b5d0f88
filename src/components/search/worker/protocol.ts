import type { SearchLimits } from '../../../lib/search/engine/search';
import type { SearchFilters, SearchOutcome } from '../../../lib/search/engine/types';
import type { CityRow } from '../../../lib/search/indexFormat';

/**
 * Messages between the page and the search worker. Each caller (the header box, the search page)
 * has its own channel: a request is answered `superseded` when a newer one of its channel came in
 * before its turn, so fast typing never queues work whose answer nobody will show.
 */
export type SearchChannel = 'header' | 'page';

/** Page → worker. */
export interface SearchRequest {
  id: number;
  channel: SearchChannel;
  query: string;
  filters: SearchFilters;
  limits: SearchLimits;
}

/** Worker → page: the outcome and the manifest's cities (to name each hit's city), a superseded request, or a failure. */
export type SearchResponse =
  | { id: number; status: 'done'; outcome: SearchOutcome; cities: CityRow[] | null }
  | { id: number; status: 'superseded' }
  | { id: number; status: 'failed'; message: string };
