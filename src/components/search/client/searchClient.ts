import type { SearchLimits } from '../../../lib/search/engine/search';
import type { SearchFilters, SearchOutcome } from '../../../lib/search/engine/types';
import type { CityRow } from '../../../lib/search/indexFormat';
import type { SearchChannel, SearchRequest, SearchResponse } from '../worker/protocol';

/** A search's answer with the cities its hits point to, or null when a newer search of the same channel replaced it. */
export type SearchAnswer = { outcome: SearchOutcome; cities: readonly CityRow[] } | null;

interface Pending {
  resolve(answer: SearchAnswer): void;
  reject(error: Error): void;
}

let worker: Worker | undefined;
let cities: readonly CityRow[] = [];
let nextId = 0;
const pending = new Map<number, Pending>();

/** Fails every open request and drops the worker, so that the next search starts a new one. */
function fail(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
  worker?.terminate();
  worker = undefined;
}

/** The search worker, started on first use (its script and the index are fetched then, never before). */
function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../worker/search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
    worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
      const response = event.data;
      const waiting = pending.get(response.id);
      if (!waiting) return;
      pending.delete(response.id);
      if (response.status === 'failed') waiting.reject(new Error(response.message));
      else if (response.status === 'superseded') waiting.resolve(null);
      else {
        if (response.cities) cities = response.cities;
        waiting.resolve({ outcome: response.outcome, cities });
      }
    });
    worker.addEventListener('error', (event) => fail(new Error(`search worker: ${event.message || 'failed to start'}`)));
  }
  return worker;
}

/**
 * Searches in the worker: `await searchInWorker('header', '移住', filters, { perKind: 3, blocksPerKind: 1 })`.
 * Resolves to null when a newer search of the same channel came first.
 */
export function searchInWorker(channel: SearchChannel, query: string, filters: SearchFilters, limits: SearchLimits): Promise<SearchAnswer> {
  const request: SearchRequest = { id: (nextId += 1), channel, query, filters, limits };
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject });
    getWorker().postMessage(request);
  });
}
