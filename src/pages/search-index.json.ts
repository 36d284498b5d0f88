import type { APIRoute } from 'astro';
import { MANIFEST_FILE } from '../lib/search/indexFormat';
import { getSiteIndex } from '../lib/search/siteIndex';

/** The search index manifest (cities, ordinal ranges, layout), fetched when a reader starts to search. */
export const GET: APIRoute = async () => {
  const { files } = await getSiteIndex();
  return new Response(JSON.stringify(files.get(MANIFEST_FILE)), { headers: { 'Content-Type': 'application/json' } });
};
