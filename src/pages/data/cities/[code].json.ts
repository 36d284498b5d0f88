/**
 * `/data/cities/<code>.json`: one town's data for the compare page and the indicator table
 * (src/lib/compare/cityData.ts), one small file per town so that showing four towns loads four
 * files whatever the number of towns in the country.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { anchorPage } from '../../../lib/cityPages/townPages';
import { cityData } from '../../../lib/compare/buildCityData';
import { csvLines } from '../../../lib/data/csvLines';
import { getSiteData } from '../../../lib/data/siteData';
import { buildFiscalYear } from '../../../lib/planAge';
import { recordAnchor } from '../../../lib/recordAnchor';

export const getStaticPaths = (async () => {
  const site = await getSiteData();
  return site.municipalities.map((m) => ({ params: { code: m.code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSiteData();
  const m = site.municipalityByCode.get(params.code!);
  if (m === undefined) throw new Error(`/data/cities/${params.code}.json: no municipality with that code in content/municipalities.json`);
  const indicators = site.indicatorsByCity.get(m.code) ?? [];
  const csv = csvLines(indicators, { municipalities: site.municipalityByCode, plans: site.planById, goals: site.goalById, measures: site.measureById });
  const data = cityData(
    m,
    site.plansByCity.get(m.code) ?? [],
    indicators,
    buildFiscalYear(),
    csv.rows,
    (id) => anchorPage(site, m.code, recordAnchor('indicator', id)),
  );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
