/**
 * `npm run eval -- [<folder>] [--json] [--verbose|-v]` — scores the extractor against hand-made
 * gold. With a folder: every `<name>.gold.json` in it against the `<name>.txt` beside it. With none:
 * the development corpus (../shared/corpus/), six other towns' passages gathered as a held-out set
 * (test/gold/towns/, twelve passages) and the seeds (test/gold/seeds/*.gold.json whose
 * `document` is in seeds/). Figures only: exits 0 whatever the scores, 2 on bad usage or bad gold.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractRows } from '../extractRows';
import { formatDetails } from '../formatDetails';
import { formatOverall, formatTable, LEGEND } from '../formatTable';
import { GoldError } from '../GoldError';
import { parseArgs, USAGE } from '../parseArgs';
import { reportJson } from '../reportJson';
import { runSuite, type SuiteResult } from '../runSuite';
import { folderSuite, seedsSuite, type Suite } from '../Suite';
import { sumTallies } from '../Tally';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// npm runs scripts from the package root; a folder the user typed is relative to where they typed it.
const CWD = process.env.npm_lifecycle_event === 'eval' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();

/** A path as the user should see it: relative to the repo root, with forward slashes. */
function show(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join('/') || '.';
}

const options = parseArgs(process.argv.slice(2));
if (typeof options === 'string' || options.help) {
  if (typeof options === 'string') console.error(`eval: ${options}`);
  console.error(USAGE);
  process.exit(typeof options === 'string' ? 2 : 0);
}

let suites: Suite[];
if (options.folder === null) {
  suites = [
    folderSuite('corpus', path.resolve(ROOT, '../shared/corpus')),
    folderSuite('towns', path.join(ROOT, 'test/gold/towns')),
    seedsSuite(path.join(ROOT, 'test/gold/seeds'), path.join(ROOT, 'seeds')),
  ];
} else {
  const folder = path.resolve(CWD, options.folder);
  const isFolder = await stat(folder).then((s) => s.isDirectory(), () => false);
  if (!isFolder) {
    console.error(`eval: ${options.folder} is not a folder`);
    console.error(USAGE);
    process.exit(2);
  }
  suites = [folderSuite(path.basename(folder), folder)];
}

const results: SuiteResult[] = [];
try {
  for (const suite of suites) results.push(await runSuite(suite, extractRows, show));
} catch (error) {
  if (!(error instanceof GoldError)) throw error;
  console.error(`eval: bad gold: ${error.message}`);
  process.exit(2);
}

const overall = sumTallies(results.map((r) => r.total));
if (options.json) {
  console.log(JSON.stringify(reportJson(results, overall, options.verbose), null, 2));
} else {
  for (const result of results) {
    console.log(formatTable(result));
    console.log('');
    if (options.verbose) for (const d of result.documents) console.log(`${formatDetails(d)}\n`);
  }
  console.log(LEGEND.join('\n'));
  console.log('');
  console.log(formatOverall(results, overall));
}
