import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Encoding from 'encoding-japanese';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/core/IngestError';
import { runIngest } from '../../../scripts/ingest/pipeline/runIngest';
import { CENSUS_POPULATION } from '../../../scripts/ingest/read/censusPopulation';
import { writeOutputs } from '../../../scripts/ingest/write/writeOutputs';

/** A small real fragment of 001 (北斗市 第2期): one goal with one numerical target and one KPI. */
const FRAGMENT = [
  '【基本目標1】',
  '',
  '北海道新幹線を活かした産業の振興と雇用の場をつくる',
  '',
  '■ 数値目標',
  '',
  '新規雇用増加数 現状値（第1期実績）234人 目標数値400人',
  '',
  '2 主要施策',
  '',
  '(2) 北海道新幹線を活かした観光振興',
  '',
  '重要業績評価指標 (K P I)',
  '',
  '・観光入込客数\t⇒\t現状値 (H30)\t76 万人\t目標数値\t90 万人',
  '',
].join('\n');

const MANIFEST = (overrides: Record<string, string> = {}) =>
  Object.entries({
    source: 'doc.txt',
    municipality: '"012360"',
    id: 'g2-strategy',
    title: 'テスト',
    kind: 'strategy',
    generation: '2',
    status: 'adopted',
    published: 'null',
    period: '{ start: 2020, end: 2024 }',
    urlNote: 'テスト用の文書で、公表された原本はない。',
    ...overrides,
  })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n') + '\n';

/** The census table of the repository (tests run from its root; the temporary roots have none). */
const populationFile = path.resolve(CENSUS_POPULATION.file);

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'machikurabe-'));
  await mkdir(path.join(root, 'seeds'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Writes a seed document and its manifest into the temporary root. */
async function seed(text: string | Uint8Array, manifest = MANIFEST()) {
  await writeFile(path.join(root, 'seeds/doc.txt'), text);
  await writeFile(path.join(root, 'seeds/doc.yaml'), manifest);
}

/** The IngestError runIngest throws (fails the test when it throws none). */
async function ingestError(): Promise<IngestError> {
  try {
    await runIngest(root, { populationFile });
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected the ingest to fail');
}

describe('runIngest on good input', () => {
  it('reads the fragment into a goal target and a KPI with their lines', async () => {
    await seed(FRAGMENT);
    const output = await runIngest(root, { populationFile });
    expect(output.indicators.map((i) => [i.name, i.baseline.value, i.target.value, i.unit, i.source.line])).toEqual([
      ['新規雇用増加数', 234, 400, '人', 7],
      ['観光入込客数', 76, 90, '万人', 15],
    ]);
  });
  it('reads Shift_JIS text the same as UTF-8', async () => {
    const sjis = new Uint8Array(Encoding.convert(Encoding.stringToCode(FRAGMENT), { to: 'SJIS', from: 'UNICODE' }));
    await seed(sjis);
    const output = await runIngest(root, { populationFile });
    expect(output.indicators.map((i) => i.name)).toEqual(['新規雇用増加数', '観光入込客数']);
  });
  it.each([
    ['UTF-16 LE with a BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRAGMENT, 'utf16le')])],
    ['UTF-16 BE with a BOM', () => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(FRAGMENT, 'utf16le').swap16()])],
    ['UTF-8 with a BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRAGMENT)])],
    ['EUC-JP', () => new Uint8Array(Encoding.convert(Encoding.stringToCode(FRAGMENT), { to: 'EUCJP', from: 'UNICODE' }))],
  ])('reads %s text the same as UTF-8', async (_, bytes) => {
    await seed(bytes());
    const output = await runIngest(root, { populationFile });
    expect(output.indicators.map((i) => [i.name, i.source.line])).toEqual([
      ['新規雇用増加数', 7],
      ['観光入込客数', 15],
    ]);
  });
  it.each([['CRLF', '\r\n'], ['CR', '\r']])('numbers lines the same with %s line ends', async (_, end) => {
    await seed(FRAGMENT.replaceAll('\n', end));
    const output = await runIngest(root, { populationFile });
    expect(output.indicators.map((i) => i.source.line)).toEqual([7, 15]);
  });
});

describe('runIngest on bad input', () => {
  it('rejects an empty file', async () => {
    await seed('');
    const error = await ingestError();
    expect(error.message).toBe('seeds/doc.txt: expected a non-empty text document, found "0 bytes"');
  });
  it('rejects a binary file, naming the line of the first NUL byte', async () => {
    await seed(new Uint8Array([0xe5, 0x8c, 0x97, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const error = await ingestError();
    expect(error.file).toBe('seeds/doc.txt');
    expect(error.line).toBe(2);
    expect(error.expected).toMatch(/not binary/);
  });
  it('rejects UTF-16 without a BOM as binary, at the line of its first NUL byte', async () => {
    await seed(Buffer.from(FRAGMENT, 'utf16le'));
    const error = await ingestError();
    expect([error.file, error.line, error.found]).toEqual(['seeds/doc.txt', 1, 'a NUL byte']);
    expect(error.expected).toMatch(/UTF-16 with a BOM.*not binary/);
  });
  it('rejects broken UTF-8 with file, line and the bytes marked', async () => {
    const bytes = Buffer.from(FRAGMENT);
    const at = bytes.indexOf('目標数値');
    await seed(Buffer.concat([bytes.subarray(0, at + 1), bytes.subarray(at + 2)]));
    const error = await ingestError();
    expect([error.file, error.line]).toEqual(['seeds/doc.txt', 7]);
    expect(error.message).toMatch(/^seeds\/doc\.txt:7: expected valid UTF-8 text .*\uFFFD標数値400人"$/);
  });
  it('rejects text in no encoding it reads, naming the ones it does', async () => {
    await seed(Buffer.from('Hokuto\ncafé\n', 'latin1'));
    const error = await ingestError();
    expect([error.file, error.line]).toEqual(['seeds/doc.txt', 2]);
    expect(error.expected).toBe('text in UTF-8, UTF-16 with a BOM, Shift_JIS or EUC-JP');
  });
  it('rejects an unknown era with file and line', async () => {
    await seed(FRAGMENT.replace('現状値 (H30)', '現状値 (X30)'));
    const error = await ingestError();
    expect([error.file, error.line]).toEqual(['seeds/doc.txt', 15]);
    expect(error.expected).toMatch(/era/);
  });
  it('rejects a malformed number with file and line', async () => {
    await seed(FRAGMENT.replace('目標数値400人', '目標数値4,0,0人'));
    const error = await ingestError();
    expect([error.file, error.line]).toEqual(['seeds/doc.txt', 7]);
    expect(error.expected).toMatch(/number/);
  });
  it('rejects a manifest naming an unknown municipality code', async () => {
    await seed(FRAGMENT, MANIFEST({ municipality: '"999999"' }));
    const error = await ingestError();
    expect(error.file).toBe('seeds/doc.yaml');
    expect(error.expected).toMatch(/municipality/);
  });
  it('rejects a manifest without its document', async () => {
    await writeFile(path.join(root, 'seeds/doc.yaml'), MANIFEST({ source: 'missing.txt' }));
    const error = await ingestError();
    expect(error.message).toBe('seeds/doc.yaml:1: expected its document seeds/missing.txt to exist, found "no such file"');
  });
  it('rejects a document without a manifest', async () => {
    await writeFile(path.join(root, 'seeds/doc.txt'), FRAGMENT);
    const error = await ingestError();
    expect(error.file).toBe('seeds/doc.txt');
    expect(error.expected).toMatch(/manifest/);
  });
  it('names the manifest line of an invalid field', async () => {
    await seed(FRAGMENT, MANIFEST({ kind: 'brochure' }));
    const error = await ingestError();
    expect([error.file, error.line]).toEqual(['seeds/doc.yaml', 5]);
    expect(error.expected).toMatch(/^kind:/);
  });

  describe('the original publication in the manifest', () => {
    it('rejects a URL that is not http or https (a javascript: link), at its line', async () => {
      await seed(FRAGMENT, MANIFEST({ url: 'javascript:alert(1)', urlKind: 'page' }));
      const error = await ingestError();
      expect([error.file, error.line]).toEqual(['seeds/doc.yaml', 11]);
      expect(error.expected).toMatch(/^url: expected an http or https URL/);
    });
    it('rejects a URL without its kind (document or page)', async () => {
      await seed(FRAGMENT, MANIFEST({ url: 'https://www.city.hokuto.hokkaido.jp/docs/18684.html' }));
      const error = await ingestError();
      expect(error.expected).toMatch(/^urlKind: urlKind is set exactly when url is/);
    });
    it('rejects a manifest with no URL and no note saying where it was looked for', async () => {
      const manifest = MANIFEST().replace(/^urlNote: .*\n/m, '');
      await seed(FRAGMENT, manifest);
      const error = await ingestError();
      expect(error.expected).toMatch(/^urlNote: a urlNote saying where the document was looked for/);
    });
    it('rejects a check date that is not a date', async () => {
      await seed(FRAGMENT, MANIFEST({ urlChecked: '"2026-13-02"' }));
      const error = await ingestError();
      expect([error.line, error.expected.startsWith('urlChecked:')]).toEqual([11, true]);
    });
    it('carries the URL, its kind, note, check date and the publication date with its source into the plan', async () => {
      await seed(
        FRAGMENT,
        MANIFEST({
          published: '"2020-03"',
          publishedSource: '表紙「令和 2 年 3 月」(line 10)',
          url: 'http://www.city.hokuto.hokkaido.jp/modules/info/content0299.html',
          urlKind: 'page',
          urlChecked: '"2026-12-02"',
        }),
      );
      const [plan] = (await runIngest(root, { populationFile })).plans;
      expect([plan!.published, plan!.publishedSource, plan!.url, plan!.urlKind, plan!.urlChecked]).toEqual([
        '2020-03',
        '表紙「令和 2 年 3 月」(line 10)',
        'http://www.city.hokuto.hokkaido.jp/modules/info/content0299.html',
        'page',
        '2026-12-02',
      ]);
      expect(plan!.urlNote).toBe('テスト用の文書で、公表された原本はない。');
    });
  });
});

describe('runIngest and the census population table', () => {
  it('joins each municipality of the manifests to its 2020 census count (北斗市 01236: 44,331)', async () => {
    await seed(FRAGMENT);
    const output = await runIngest(root, { populationFile });
    expect(output.municipalities.map((m) => [m.code, m.population])).toEqual([
      ['012360', { count: 44331, date: '2020-10-01', preliminary: true, citation: '総務省統計局『令和2年国勢調査 人口速報集計』' }],
    ]);
  });
  it('rejects a missing table, naming the file, and leaves the previous output untouched', async () => {
    await seed(FRAGMENT);
    await writeOutputs(root, (await runIngest(root, { populationFile })).files);
    const before = await readFile(path.join(root, 'content/municipalities.json'), 'utf8');
    const missing = path.join(root, '../no-such-folder/population.csv');
    const error = await runIngest(root, { populationFile: missing }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect([(error as IngestError).file, (error as IngestError).line]).toEqual(['../no-such-folder/population.csv', null]);
    expect((error as IngestError).message).toMatch(/census population table.*no such file/);
    expect(await readFile(path.join(root, 'content/municipalities.json'), 'utf8')).toBe(before);
  });
  it('rejects a table without the municipality, naming the table and the code', async () => {
    await seed(FRAGMENT);
    const table = path.join(root, 'population.csv');
    await writeFile(table, 'area_code,area_name,population,male,female\r\n01000,北海道,5228885,2465581,2763304\r\n');
    const error = await runIngest(root, { populationFile: table }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toBe('population.csv: expected a row with area_code 01236 (municipality 012360 北斗市), found "none"');
  });
});

describe('writeOutputs', () => {
  it('leaves the previous output untouched when the ingest fails', async () => {
    await seed(FRAGMENT);
    await writeOutputs(root, (await runIngest(root, { populationFile })).files);
    const before = await readFile(path.join(root, 'content/indicators.json'), 'utf8');
    await writeFile(path.join(root, 'seeds/doc.txt'), '');
    await expect(runIngest(root, { populationFile })).rejects.toBeInstanceOf(IngestError);
    expect(await readFile(path.join(root, 'content/indicators.json'), 'utf8')).toBe(before);
  });
  it('writes nothing when one of the files cannot be written', async () => {
    await seed(FRAGMENT);
    const { files } = await runIngest(root, { populationFile });
    await writeOutputs(root, files);
    const before = await readFile(path.join(root, 'content/indicators.json'), 'utf8');
    const broken = new Map(files);
    broken.set('content/indicators.json', '[]\n');
    broken.set('src/elsewhere.json', '{}');
    await expect(writeOutputs(root, broken)).rejects.toThrow(/refusing to write src\/elsewhere.json/);
    expect(await readFile(path.join(root, 'content/indicators.json'), 'utf8')).toBe(before);
  });
});
