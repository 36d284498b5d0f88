import { kb } from '../stats';
import type { BuildRun } from './timeBuild';
import type { CompareBytes } from './compareBytes';
import type { SiteFigures } from './siteFigures';

/** Everything measured of one site. */
export interface SiteRun {
  build: BuildRun;
  figures: SiteFigures | null;
  compare: CompareBytes | null;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || a === 0 ? '–' : `${(b / a).toFixed(2)}×`);

/**
 * The bench:national table as Markdown: one row per figure, the real site, the national one and
 * their ratio (national ÷ real), then gzipped HTML and JS per page type, largest and median.
 */
export function printTable(real: SiteRun, national: SiteRun): string {
  const rows: [string, string, string, string][] = [];
  const row = (label: string, a: number | undefined, b: number | undefined, format: (n: number) => string) =>
    rows.push([label, a === undefined ? '–' : format(a), b === undefined ? '–' : format(b), ratio(a, b)]);
  const pages = (r: SiteRun) => r.figures?.pages.length;
  const perThousand = (r: SiteRun) => (pages(r) ? (r.build.wallMs / pages(r)!) * 1000 : undefined);
  rows.push(['build exit', String(real.build.code ?? real.build.signal), String(national.build.code ?? national.build.signal), '']);
  row('pages built (HTML)', pages(real), pages(national), String);
  row('build time (wall)', real.build.wallMs, national.build.wallMs, seconds);
  row('peak memory (RSS, build process tree)', real.build.peakRss, national.build.peakRss, mb);
  row('build time per 1,000 pages', perThousand(real), perThousand(national), seconds);
  row('total output size', real.figures?.totalBytes, national.figures?.totalBytes, mb);
  row('files in output', real.figures?.files, national.figures?.files, String);
  row('4-town comparison: bytes fetched (gzipped, to network idle)', real.compare?.total, national.compare?.total, kb);
  const types = [...new Set([...(real.figures?.types ?? []), ...(national.figures?.types ?? [])].map((t) => t.type))];
  for (const type of types) {
    const a = real.figures?.types.find((t) => t.type === type);
    const b = national.figures?.types.find((t) => t.type === type);
    row(`${type}: pages`, a?.pages, b?.pages, String);
    row(`${type}: HTML gz largest`, a?.htmlMax, b?.htmlMax, kb);
    row(`${type}: HTML gz median`, a?.htmlMedian, b?.htmlMedian, kb);
    row(`${type}: JS gz largest`, a?.jsMax, b?.jsMax, kb);
    row(`${type}: JS gz median`, a?.jsMedian, b?.jsMedian, kb);
  }
  return ['| figure | real | national | national ÷ real |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
