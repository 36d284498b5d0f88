import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../scripts/ingest/pipeline/extractDocument';
import { toSourceDoc } from '../../../scripts/ingest/read/readSource';

const FIXTURE = 'test/fixtures/unseen-town.txt';
const run = promisify(execFile);

describe('extractDocument on a document it has never seen', () => {
  const extracted = extractDocument(toSourceDoc(FIXTURE, readFileSync(FIXTURE, 'utf8'), 'UTF8'), '012360');

  it('dates targets without a year by the plan period of its 計画期間 line (令和7年度から令和11年度)', () => {
    expect(extracted.plan.periodEnd).toBe(2029);
    expect(extracted.indicators.every((i) => i.target.kind === 'qualitative' || i.target.fiscalYear === 2029)).toBe(true);
  });
  it('reads goals, goal targets and KPIs written with → and 基準値', () => {
    expect(extracted.goals.map((g) => g.label)).toEqual(['基本目標1', '基本目標2']);
    expect(extracted.indicators.map((i) => [i.level, i.name, i.baseline.value, i.baseline.fiscalYear, i.target.kind, i.target.value, i.unit])).toEqual([
      ['goal', '合計特殊出生率', 1.32, 2023, 'number', 1.45, ''],
      ['measure', '保育所待機児童数', 12, 2024, 'number', 0, '人'],
      ['measure', '子育てアプリ登録者数', 1250, 2024, 'number', 2000, '人'],
      ['goal', '社会増減数', -120, 2023, 'zero-balance', null, '人'],
      ['measure', '移住相談件数', null, null, 'number', 500, '件'],
    ]);
    expect(extracted.indicators[4]!.target.years).toBe(5);
  });
});

describe('npm run extract (the CLI)', () => {
  it('prints the same CSV rows for the Shift_JIS encoding of the document', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'extract-'));
    try {
      const sjis = path.join(dir, 'sjis.txt');
      const text = readFileSync(FIXTURE, 'utf8');
      await writeFile(sjis, new Uint8Array(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' })));
      const tsx = path.join(process.cwd(), 'node_modules/.bin/tsx');
      const cli = 'scripts/ingest/cli/extract.ts';
      const utf8 = await run(tsx, [cli, FIXTURE, '--municipality', '012360']);
      const fromSjis = await run(tsx, [cli, sjis, '--municipality', '012360']);
      const rows = (csv: string) => csv.replace(/^\uFEFF/, '').trim().split('\r\n').map((r) => r.split(',').slice(9, 29).join(','));
      expect(rows(utf8.stdout)[0]).toBe(
        'name,unit,unit_base,baseline_value,baseline_value_base,baseline_period,baseline_fy,baseline_qualifier,target_kind,target_value,' +
          'target_value_base,target_value_max,target_value_max_base,target_basis,target_qualifier,target_period,target_fy,target_fy_implied,themes,family',
      );
      expect(rows(utf8.stdout)).toHaveLength(6);
      expect(rows(fromSjis.stdout)).toEqual(rows(utf8.stdout));
      expect(fromSjis.stderr).toMatch(/\(SJIS\): 2 goals, \d+ measures, 5 indicators/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  it('exits 2 with file and expectation when the code is unknown', async () => {
    const tsx = path.join(process.cwd(), 'node_modules/.bin/tsx');
    const failure = await run(tsx, ['scripts/ingest/cli/extract.ts', FIXTURE, '--municipality', '999999']).catch((e: { code: number; stderr: string }) => e);
    expect('code' in failure && failure.code).toBe(2);
    expect((failure as { stderr: string }).stderr).toMatch(/unseen-town\.txt: expected --municipality: a 6-digit code/);
  });
});

describe('extractDocument on every corpus passage, held-out town and seed, without a manifest', () => {
  // The development corpus lies beside the clone (../shared/corpus/, there in CI); a clone alone has the seeds and the towns.
  const texts = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.txt')).map((f) => path.join(folder, f)) : []);
  const [corpus, seeds, towns] = [texts(path.resolve('../shared/corpus')), texts('seeds'), texts('test/gold/towns')];
  const files = [...corpus, ...seeds, ...towns];
  it('finds the five seeds, the twenty held-out towns and the eight corpus passages where the corpus lies beside the clone', () => {
    expect([seeds.length, towns.length]).toEqual([5, 20]);
    expect([0, 8]).toContain(corpus.length);
  });
  for (const file of files) {
    it(`reads ${path.basename(file)}, each indicator citing lines of the file that hold its values`, () => {
      const text = readFileSync(file, 'utf8');
      const extracted = extractDocument(toSourceDoc(file, text, 'UTF8'), '012360');
      const lines = text.split(/\r\n|\r|\n/);
      for (const indicator of extracted.indicators) {
        const { line, lineEnd, lineStart } = indicator.source;
        expect(lineStart ?? line).toBeGreaterThanOrEqual(1);
        expect(lineStart ?? line).toBeLessThanOrEqual(line);
        expect(lineEnd ?? line).toBeGreaterThanOrEqual(line);
        expect(lineEnd ?? line).toBeLessThanOrEqual(lines.length);
        // A stated target value is written on the cited lines (digits as the text writes them, NFKC),
        // lineStart..lineEnd when the values stand above the name's line.
        if (indicator.target.value !== null && Number.isInteger(indicator.target.value) && indicator.target.value >= 10) {
          const cited = lines.slice((lineStart ?? line) - 1, lineEnd ?? line).join('').normalize('NFKC').replace(/[,\s]/g, '');
          expect(cited).toContain(String(indicator.target.value));
        }
      }
    });
  }
});
