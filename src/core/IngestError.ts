/** An ingest failure that names the file, the line and what was expected. */
export class IngestError extends Error {
  constructor(
    /** Path of the offending file (from the repo root where possible). */
    readonly file: string,
    /** 1-based line, or null when the problem is the file as a whole. */
    readonly line: number | null,
    /** What the ingest expected to find. */
    readonly expected: string,
    /** What it found instead, if useful. */
    readonly found?: string,
  ) {
    super(
      `${file}${line === null ? '' : `:${line}`}: expected ${expected}` +
        (found === undefined ? '' : `, found ${JSON.stringify(found.slice(0, 80))}`),
    );
    this.name = 'IngestError';
  }
}
