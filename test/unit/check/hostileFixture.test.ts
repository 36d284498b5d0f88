import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestOutput } from '../../../scripts/ingest/pipeline/runIngest';
import { CENSUS_POPULATION } from '../../../scripts/ingest/read/censusPopulation';
import { INDICATOR_COLUMNS } from '../../../src/core/indicatorsCsv';

/** The hostile fixture (test/fixtures/hostile/): HTML, a script, a javascript: URL and spreadsheet formulas in its text. */
const FIXTURE = new URL('../../fixtures/hostile/', import.meta.url);
const HYPERLINK = '=HYPERLINK("http://evil.example","x")';

/** RFC 4180 records of a CSV text (quoted cells may hold commas and doubled quotes; no line breaks in cells here). */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) => (m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!)));
}

let root: string;
let output: IngestOutput;
let rows: Map<string, Record<string, string>>;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'hostile-'));
  await mkdir(path.join(root, 'seeds'));
  await cp(FIXTURE, path.join(root, 'seeds'), { recursive: true });
  output = await runIngest(root, { populationFile: path.resolve(CENSUS_POPULATION.file) });
  const [header, ...records] = parseCsv(output.files.get('public/data/indicators.csv')!);
  expect(header).toEqual([...INDICATOR_COLUMNS]);
  rows = new Map(records.map((r) => [r[0]!, Object.fromEntries(header!.map((h, i) => [h, r[i]!]))]));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the hostile fixture through runIngest', () => {
  it('is read as a plan of 千代田区 with six goals and seven indicators', () => {
    expect(output.plans.map((p) => p.id)).toEqual(['131016-hostile-fixture']);
    expect(output.goals.map((g) => g.title)).toEqual([HYPERLINK, '-2+3', '@SUM(1)', '+1+1', '<script>window.__pwned=1</script>', '<img src=x onerror=alert(1)>']);
    expect(rows.size).toBe(7);
  });

  describe('indicators.csv', () => {
    it('puts an apostrophe before every formula-like text cell', () => {
      const at = (line: number) => rows.get(`131016-hostile-fixture-L${line}`)!;
      expect(at(13).goal_title).toBe(`'${HYPERLINK}`);
      expect(at(15).name).toBe("'@SUM(1)");
      expect(at(37)).toMatchObject({ measure: "'-2+3", name: `'${HYPERLINK}` });
      expect(at(38).name).toBe("'+1+1");
      expect(at(48)).toMatchObject({ goal_title: "'-2+3", name: "'+1+1" });
    });

    it('leaves no text cell starting with = + - @ (numbers excepted)', () => {
      for (const row of rows.values()) {
        for (const [column, cell] of Object.entries(row)) {
          if (/^[=+\-@]/.test(cell)) expect(Number.isFinite(Number(cell)), `${row.indicator_id} ${column}: ${cell}`).toBe(true);
        }
      }
    });

    it('keeps the values and the other text intact', () => {
      const at = (line: number) => rows.get(`131016-hostile-fixture-L${line}`)!;
      expect(at(37)).toMatchObject({ baseline_value: '5', baseline_period: 'H30', target_value: '6', unit: '件', source_line: '37' });
      expect(at(48)).toMatchObject({ baseline_value: '100', target_value: '110', unit: '人' });
      // HTML is text in a CSV: kept verbatim, neither escaped nor prefixed.
      expect(at(13).name).toBe('<b>太字の指標</b>');
      expect(at(39).name).toBe('<script>window.__pwned=1</script>');
      expect(at(40)).toMatchObject({ name: '<img src=x onerror=alert(1)>', baseline_value: '11', target_value: '12', unit: '%' });
      expect(at(13).plan_title).toBe('<b>敵対的</b>な試験文書 <img src=x onerror=alert(1)>');
    });
  });
});
