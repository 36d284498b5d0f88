import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goldOf } from './records';

const tsx = path.join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = 'scripts/eval/cli/eval.ts';

/** Runs `npm run eval -- …args` and returns its exit code and output, whatever the code. */
async function evalCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, [CLI, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let good: string;
let bad: string;
beforeAll(async () => {
  good = await mkdtemp(path.join(tmpdir(), 'eval-good-'));
  // A text with no KPI in it: whether the extractor throws or returns nothing, 0 of 1 is found.
  await writeFile(path.join(good, 'town-2020.txt'), 'source: https://example.jp/\nmunicipality: 加古川市 (282103)\nお知らせ\n');
  await writeFile(path.join(good, 'town-2020.gold.json'), JSON.stringify({ document: 'town-2020.txt', municipality_code: '282103', indicators: [goldOf({ line: 3 })] }));
  bad = await mkdtemp(path.join(tmpdir(), 'eval-bad-'));
  await writeFile(path.join(bad, 'town-2020.txt'), 'source: x\n');
  await writeFile(path.join(bad, 'town-2020.gold.json'), JSON.stringify({ document: 'town-2020.txt', municipality_code: '282103', indicators: [{ ...goldOf(), line: 'three' }] }));
});
afterAll(async () => {
  await rm(good, { recursive: true, force: true });
  await rm(bad, { recursive: true, force: true });
});

describe('npm run eval (the CLI)', () => {
  it('prints a table and exits 0 however low the score', async () => {
    const run = await evalCli(good);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^town-2020(?: \[1\])?\s+1\s+0\s+0\s+0%/m);
    expect(run.stdout).toMatch(/^total\s+1\s+0\s+0\s+0%/m);
    expect(run.stdout).toMatch(/^overall \(1 suite, 1 document\): gold 1, found 0 \(0%\)/m);
  });
  it('prints the same figures as JSON with --json, and the misses with -v', async () => {
    const run = await evalCli(good, '--json', '-v');
    const report = JSON.parse(run.stdout);
    expect(report.overall.counts).toMatchObject({ gold: 1, found: 0, exact: 0 });
    expect(report.suites[0].documents[0].missed.map((g: { name: string }) => g.name)).toEqual(['出生数']);
  });
  it('exits 2 on gold it cannot read, naming the file and field', async () => {
    const run = await evalCli(bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad gold: .*town-2020\.gold\.json: indicators\[0\]\.line: /);
  });
  it('exits 2 on bad usage', async () => {
    expect((await evalCli('--jsn')).code).toBe(2);
    expect((await evalCli(path.join(good, 'none'))).stderr).toMatch(/is not a folder/);
  });
});
