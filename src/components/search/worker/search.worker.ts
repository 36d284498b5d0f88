/**
 * The search worker: opens the index (manifest, postings, document blocks, fetched as needed),
 * answers queries and keeps what it fetched and its recent outcomes, all off the page's main
 * thread, so that decoding and parsing index files and scoring candidates never delay a keystroke.
 */
import { openSearcher } from '../../../lib/search/engine/openSearcher';
import { search, type Searcher } from '../../../lib/search/engine/search';
import type { SearchOutcome } from '../../../lib/search/engine/types';
import { href } from '../../../lib/url';
import type { SearchChannel, SearchRequest, SearchResponse } from './protocol';

/** The part of a dedicated worker's global scope used here (the project's types are the DOM's). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchRequest>) => void): void;
  postMessage(message: SearchResponse): void;
}

const scope = self as unknown as WorkerScope;
let opened: Promise<Searcher> | undefined;
let citiesSent = false;
const latest = new Map<SearchChannel, number>();

/** Recent outcomes by request, so that a query typed again (after a backspace, say) is answered at once. */
const recent = new Map<string, SearchOutcome>();
const RECENT_LIMIT = 64;

/** The outcome of a request, from `recent` or searched (and kept there, the oldest dropped). */
async function outcomeOf(s: Searcher, request: SearchRequest): Promise<SearchOutcome> {
  const key = JSON.stringify([request.query, request.filters, request.limits]);
  let outcome = recent.get(key);
  if (outcome) recent.delete(key);
  else outcome = await search(s, request.query, request.filters, request.limits);
  recent.set(key, outcome);
  for (const oldest of recent.keys()) {
    if (recent.size <= RECENT_LIMIT) break;
    recent.delete(oldest);
  }
  return outcome;
}

function searcher(): Promise<Searcher> {
  opened ??= openSearcher(async (name) => {
    const response = await fetch(href(`/${name}`));
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    return response.json();
  });
  opened.catch(() => (opened = undefined));
  return opened;
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  latest.set(request.channel, request.id);
  void answer(request).then((response) => scope.postMessage(response));
});

async function answer(request: SearchRequest): Promise<SearchResponse> {
  try {
    const s = await searcher();
    if (latest.get(request.channel) !== request.id) return { id: request.id, status: 'superseded' };
    const outcome = await outcomeOf(s, request);
    const cities = citiesSent ? null : s.reader.manifest.cities;
    citiesSent = true;
    return { id: request.id, status: 'done', outcome, cities };
  } catch (error) {
    return { id: request.id, status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
