/** What `npm run eval -- …` was asked to do. */
export interface EvalOptions {
  /** A folder of gold files to score instead of the default suites; null for the defaults. */
  folder: string | null;
  /** Print JSON instead of tables. */
  json: boolean;
  /** List misses, extra rows and inexact matches per document. */
  verbose: boolean;
  /** Print the usage and stop. */
  help: boolean;
}

/** How to call the command. */
export const USAGE = 'usage: npm run eval -- [<folder of *.gold.json>] [--json] [--verbose|-v]';

/**
 * Reads the command line; a string is what is wrong with it.
 * `['corpus', '-v']` → { folder: 'corpus', json: false, verbose: true, help: false }; `['--jsn']` → 'unknown option --jsn'.
 */
export function parseArgs(args: readonly string[]): EvalOptions | string {
  const options: EvalOptions = { folder: null, json: false, verbose: false, help: false };
  for (const arg of args) {
    if (arg === '--json') options.json = true;
    else if (arg === '--verbose' || arg === '-v') options.verbose = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (options.folder !== null) return `one folder only (got ${options.folder} and ${arg})`;
    else options.folder = arg;
  }
  return options;
}
