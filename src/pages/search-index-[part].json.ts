import type { APIRoute, GetStaticPaths } from 'astro';
import { MANIFEST_FILE } from '../lib/search/indexFormat';
import { getSiteIndex } from '../lib/search/siteIndex';

/** Every part file of the search index besides the manifest: `search-index-d0.json`, `search-index-p12.json`, … */
export const getStaticPaths = (async () => {
  const { files } = await getSiteIndex();
  return [...files.keys()]
    .filter((name) => name !== MANIFEST_FILE)
    .map((name) => ({ params: { part: name.replace(/^search-index-|\.json$/g, '') }, props: { name } }));
}) satisfies GetStaticPaths;

/** One document block or postings shard of the search index. */
export const GET: APIRoute = async ({ props }) => {
  const { files } = await getSiteIndex();
  return new Response(JSON.stringify(files.get(String(props['name']))), { headers: { 'Content-Type': 'application/json' } });
};
