import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = path.join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = 'scripts/ingest/cli/extract.ts';
const FIXTURE = 'test/fixtures/unseen-town.txt';

type Failure = { code: number; stdout: string; stderr: string };
const fail = (args: string[]) => run(TSX, [CLI, ...args]).then(() => { throw new Error('expected the CLI to fail'); }, (e: Failure) => e);

describe('npm run extract -- --review', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'review-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes the review page and prints no CSV unless --out is given', async () => {
    const out = path.join(dir, 'review.html');
    const { stdout, stderr } = await run(TSX, [CLI, FIXTURE, '--municipality', '012360', '--review', out]);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/wrote .*review\.html: \d+ indicators beside their source lines, \d+ uncovered lines/);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('<td>北斗市（北海道、012360）</td>');
    expect(html).toContain('<td>test/fixtures/unseen-town.txt</td>');
    expect(html).toContain('2025〜2029年度（令和7〜令和11年度）');
    expect(html).toMatch(/<article class="indicator" id="012360-extract-L\d+">/);
  }, 30_000);

  it('rejects --layout and unknown options with exit 2, naming what it expected', async () => {
    const layout = await fail([FIXTURE, '--municipality', '012360', '--layout', 'leaflet']);
    expect(layout.code).toBe(2);
    expect(layout.stderr).toMatch(/--layout is no longer supported/);
    const unknown = await fail([FIXTURE, '--municipality', '012360', '--reveiw', 'x.html']);
    expect(unknown.stderr).toMatch(/unknown option --reveiw: expected --municipality, --out, --review or --help/);
    const noValue = await fail([FIXTURE, '--municipality', '012360', '--review']);
    expect(noValue.stderr).toMatch(/--review: expected a value after it/);
  }, 30_000);

  it('names the review file when it cannot be written', async () => {
    const failure = await fail([FIXTURE, '--municipality', '012360', '--review', path.join(dir, 'missing', 'r.html')]);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/missing\/r\.html: expected --review: a path where the review page \(\.html\) can be written/);
  }, 30_000);
});
