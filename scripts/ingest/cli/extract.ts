/**
 * `npm run extract -- <file.txt> --municipality <code> [--layout <id>] [--out <file.csv>]`
 * Prints the indicators found in any UTF-8 / Shift_JIS / EUC-JP text file as indicators.csv rows
 * on stdout (or into --out), with no manifest. The detected layout and counts go to stderr.
 * npm itself prints a two-line banner on stdout first: use `npm run -s extract …` or --out for pure CSV.
 */
import { writeFile } from 'node:fs/promises';
import { IngestError } from '../IngestError';
import { LAYOUTS } from '../layouts';
import { extractDocument, extractLookups } from '../pipeline/extractDocument';
import { readSource } from '../read/readSource';
import { indicatorsCsv } from '../write/indicatorsCsv';

const USAGE = `usage: npm run -s extract -- <file.txt> --municipality <6-digit code> [--layout <${LAYOUTS.map((l) => l.id).join('|')}>] [--out <file.csv>]`;

/** The value after a flag, or undefined. */
function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
}

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && !['--municipality', '--layout', '--out'].includes(args[i - 1] ?? ''));
const out = flag(args, '--out');
const code = flag(args, '--municipality');
if (args.includes('--help') || !file || !code) {
  console.error(USAGE);
  for (const layout of LAYOUTS) console.error(`  ${layout.id}: ${layout.description}`);
  process.exit(args.includes('--help') ? 0 : 2);
}

try {
  const doc = await readSource(file);
  const extracted = extractDocument(doc, code, flag(args, '--layout'));
  const csv = indicatorsCsv(extracted.indicators, extractLookups(extracted));
  if (out) await writeFile(out, csv);
  else process.stdout.write(csv);
  console.error(
    `extract: ${file} (${doc.encoding}) read as ${extracted.layout}: ${extracted.goals.length} goals, ${extracted.measures.length} measures, ${extracted.indicators.length} indicators`,
  );
} catch (error) {
  if (error instanceof IngestError) {
    console.error(`extract failed: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
