/** An unreadable or invalid gold file: names the file and, when known, the field. */
export class GoldError extends Error {
  constructor(
    /** Path of the gold file as the user gave it. */
    readonly file: string,
    /** Dotted path of the offending field (`indicators[3].target.kind`), or null for the file as a whole. */
    readonly field: string | null,
    /** What is wrong, in words. */
    readonly problem: string,
  ) {
    super(`${file}${field === null ? '' : `: ${field}`}: ${problem}`);
    this.name = 'GoldError';
  }
}
