import type { APIRoute } from 'astro';
import { prefectureName } from '../../i18n/translateTerms';
import { prefectures } from '../../lib/towns/prefectures';
import { getSiteTowns } from '../../lib/towns/siteTowns';
import { toTownsFile } from '../../lib/towns/townsFile';

/** The town picker's data: every municipality of Japan, fetched on the reader's first focus in a picker. */
export const GET: APIRoute = async () => {
  const file = toTownsFile(
    prefectures().map((p) => [p.code, p.name, prefectureName(p.name, 'en')]),
    await getSiteTowns(),
  );
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
