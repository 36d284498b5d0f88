import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extract } from '../../../scripts/eval/Extract';
import { IngestError } from '../../../src/core/IngestError';
import { runSuite } from '../../../scripts/eval/runSuite';
import { folderSuite, seedsSuite } from '../../../scripts/eval/Suite';
import { goldOf, rowOf } from './records';

/** A gold file for `document` with the given indicators. */
function goldJson(document: string, indicators = [goldOf()]): string {
  return JSON.stringify({ document, municipality_code: '282103', indicators });
}

/** A stand-in extractor: one exact row for a.txt, an IngestError for b.txt, a crash for c.txt. */
const extract: Extract = async (textFile, name) => {
  const base = path.basename(textFile);
  if (base === 'a.txt') return [rowOf(), rowOf({ name: '転出者数' })];
  if (base === 'b.txt') throw new IngestError(name, null, 'a document in a known layout');
  throw new TypeError("Cannot read properties of undefined (reading 'text')");
};

let dir: string;
const show = (file: string) => path.relative(dir, file).split(path.sep).join('/');

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'eval-'));
  await mkdir(path.join(dir, 'corpus'));
  for (const name of ['a', 'b', 'c']) {
    // The document field may name the text otherwise (a.gold.json says a-2021.txt): the file beside wins.
    await writeFile(path.join(dir, 'corpus', `${name}.gold.json`), goldJson(`${name}-2021.txt`));
    await writeFile(path.join(dir, 'corpus', `${name}.txt`), 'source: x\n');
  }
  await mkdir(path.join(dir, 'broken'));
  await writeFile(path.join(dir, 'broken', 'd.gold.json'), goldJson('d.txt'));
  await mkdir(path.join(dir, 'gold'));
  await mkdir(path.join(dir, 'seeds'));
  await writeFile(path.join(dir, 'seeds', 'a.txt'), 'source: x\n');
  await writeFile(path.join(dir, 'gold', 'a.gold.json'), goldJson('seeds/a.txt'));
  await writeFile(path.join(dir, 'gold', 'z.gold.json'), goldJson('z.txt'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('runSuite', () => {
  describe('a folder suite', () => {
    it('scores each gold file against the text beside it, in name order', async () => {
      const result = await runSuite(folderSuite('corpus', path.join(dir, 'corpus')), extract, show);
      expect(result.documents.map((d) => [d.document, d.textFile, d.score.tally.found, d.score.tally.extra])).toEqual([
        ['a', 'corpus/a.txt', 1, 1],
        ['b', 'corpus/b.txt', 0, 0],
        ['c', 'corpus/c.txt', 0, 0],
      ]);
      expect(result.total).toMatchObject({ gold: 3, extracted: 2, found: 1, exact: 1, extra: 1 });
    });
    it('counts a document the extractor fails on as 0 found and keeps why', async () => {
      const result = await runSuite(folderSuite('corpus', path.join(dir, 'corpus')), extract, show);
      expect(result.documents.map((d) => d.error)).toEqual([
        null,
        'corpus/b.txt: expected a document in a known layout',
        "TypeError: Cannot read properties of undefined (reading 'text')",
      ]);
    });
    it('stops on a gold file with no text beside it', async () => {
      await expect(runSuite(folderSuite('broken', path.join(dir, 'broken')), extract, show)).rejects.toThrow('broken/d.gold.json: its text broken/d.txt cannot be read');
    });
    it('has no documents when the folder does not exist', async () => {
      const result = await runSuite(folderSuite('none', path.join(dir, 'none')), extract, show);
      expect([result.folderExists, result.documents]).toEqual([false, []]);
    });
  });
  describe('the seeds suite', () => {
    it('scores the seed a gold file names and leaves out one that names no seed', async () => {
      const result = await runSuite(seedsSuite(path.join(dir, 'gold'), path.join(dir, 'seeds')), extract, show);
      expect(result.documents.map((d) => [d.document, d.textFile])).toEqual([['a', 'seeds/a.txt']]);
      expect(result.skipped).toEqual([{ goldFile: 'gold/z.gold.json', reason: 'its document "z.txt" is not a file in seeds/' }]);
    });
  });
});
